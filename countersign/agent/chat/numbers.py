"""How numbers are said in a question: in words ("twenty thousand dollars", "am dreizehnten Dezember"),
scaled ("20k", "5 mil"), and what a figure is by the words around it: a line's quantity, its unit
price, or the tax; a range of amounts said with both ends. Pure text functions; understand.py reads references
with them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from countersign.agent.chat.goods import SUPPLIER_KINDS, named_goods
from countersign.agent.chat.resolve import parse_amount

# a number's scale said after it: "20k", "20 mil", "20 Tsd.", "1,5 Mio"
SCALES = {"k": 1000, "tsd": 1000, "tausend": 1000, "thousand": 1000, "grand": 1000, "mil": 1000, "mille": 1000,
          "duizend": 1000, "mio": 10**6, "mn": 10**6, "million": 10**6, "millions": 10**6, "millionen": 10**6,
          "millones": 10**6, "miljoen": 10**6, "riesen": 1000, "thou": 1000}  # "zehn Riesen", "10 thou": slang
# What is never a number in words: anything with a digit or a currency sign, and capitalized words (a
# name such as "Seven Seas Ltd" keeps its words)
_NOT_SPELLED = re.compile(rf"\S*[\d$€£¥]\S*(?:\s+(?i:{'|'.join(SCALES)})\b)?|\b[A-Z][\w'’-]*")  # "5 mil" as typed
_SPELLED_LANGS = frozenset(("en", "de", "fr", "es", "nl"))  # text2num's languages among the chat's


# A number read out digit by digit or in pairs, as on the phone: "eight-eight-one-two-zero" (88120), "twenty-oh-two"
# (2002), "zwanzig-null-zwei". Only chains of three or more that are all single digits or hold a zero, so a
# compound ("soixante-dix-sept", "seventy-seven") stays for text2num.
_SAID_DIGITS = {
    "en": "zero oh one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
          "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety",
    "de": "null - eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn "
          "sechzehn siebzehn achtzehn neunzehn zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig",
    "fr": "zéro - un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize - - - "
          "vingt trente quarante cinquante soixante - - -",
    "es": "cero - uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis "
          "diecisiete dieciocho diecinueve veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa",
    "nl": "nul - een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien "
          "zeventien achttien negentien twintig dertig veertig vijftig zestig zeventig tachtig negentig",
}


def _digit_values(lang: str) -> dict[str, int]:
    words = _SAID_DIGITS[lang].split()
    values = [0, 0, *range(1, 20), *range(20, 100, 10)]
    said = {w: v for w, v in zip(words, values, strict=True) if w != "-"}
    units = {v: w for w, v in said.items() if 1 <= v <= 9}
    tens = {v: w for w, v in said.items() if v >= 20}
    if lang == "de":  # "dreiundvierzig": the unit, "und", the tens ("ein" for one)
        said |= {f"{'ein' if u == 1 else w}und{t}": u + tv for u, w in units.items() for tv, t in tens.items()}
    if lang == "nl":  # "drieënveertig", "eenentwintig"
        said |= {f"{w}{j}{t}": u + tv for u, w in units.items() for tv, t in tens.items() for j in ("en", "ën")}
    return said


_DIGIT_WORDS = {lang: _digit_values(lang) for lang in _SAID_DIGITS}
_ZEROS = frozenset(("zero", "oh", "null", "zéro", "cero", "nul"))


# A number and a half of a scale: "two and a half grand", "1 and a half million", "zweieinhalbtausend",
# "anderthalb Millionen", "tweeënhalfduizend", "deux mille et demi" (the scale's words as in SCALES)
_HALVES = {"en": r"\b(\w+) and a half[ -]?(grand|thousand|k|million)\b",
           "de": r"\b(\w+?)einhalb ?(tausend|millionen?)\b|\b(ander)thalb ?(tausend|millionen?)\b",
           "nl": r"\b(\w+?)[eë]nhalf ?(duizend|miljoen)\b",
           "fr": r"\b(\w+) (mille|millions?) et demi\b", "es": r"\b(\w+) (mil|millones) y medio\b"}


def _halves(text: str, lang: str) -> str:
    """A number and a half of a scale as digits ("two and a half grand" -> "2500"); other text as it was."""
    values = _said(lang)

    def value(m: re.Match[str]) -> str:
        said, scale = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        whole = 1 if said.casefold() == "ander" else int(said) if said.isdigit() else values.get(said.casefold())
        if whole is None:
            return m.group(0)
        unit = SCALES[scale.casefold()]
        return str(whole * unit + unit // 2)

    return re.sub(_HALVES[lang], value, text, flags=re.I) if lang in _HALVES else text


def _read_out(text: str, lang: str) -> str:
    """Numbers read out digit by digit or in pairs, as digits: "PO twenty-oh-two" -> "PO 2002", "invoice
    ten-forty-three" -> "invoice 1043", "fifty-six oh-two" -> "5602", "zehn-dreiundvierzig", "diez cero uno"."""
    values = _said(lang)

    def digits(m: re.Match[str]) -> str:
        said = [w for w in re.split(r"[-\s]+", m.group(0).casefold()) if w != "y"]
        groups = _pairs([values[w] for w in said], [w in _ZEROS for w in said])
        singles = all(len(g) == 1 for g in groups)
        if singles and (len(said) < 3 or not (_ZEROS & set(said) or "-" in m.group(0))):
            return m.group(0)  # "one two" stays words; "eight-eight-one-two-zero" is 88120
        if not singles and (len(groups) < 2 or any(len(g) == 1 for g in groups)
                            or not ("-" in m.group(0) or _ZEROS & set(said))):
            return m.group(0)  # "soixante-dix-sept", "twenty five" are one number: text2num reads them
        return "".join(groups)

    return _chain(lang).sub(digits, text)


@lru_cache(maxsize=None)
def _said(lang: str) -> dict[str, int]:
    """The number words of `lang` and English with their values, merged once per language."""
    return _DIGIT_WORDS.get(lang, {}) | _DIGIT_WORDS["en"]


@lru_cache(maxsize=None)
def _chain(lang: str) -> re.Pattern[str]:
    """Two or more number words of `lang` (or English) joined by dashes or spaces ("cuarenta y tres" in Spanish)."""
    word = "|".join(re.escape(w) for w in sorted(_said(lang), key=len, reverse=True))
    joint = r"(?:-|\s+y\s+|\s+)" if lang == "es" else r"(?:-|\s+)"
    return re.compile(rf"(?i)\b(?:{word})(?:{joint}(?:{word}))+\b")


def _pairs(values: list[int], zeros: list[bool]) -> list[str]:
    """Said numbers grouped as read: a tens word with its unit ("forty-three": "43"), a zero with its digit
    ("oh-two": "02"), a digit before a pair ("one-twenty": "120"), anything else alone ("ten": "10", "eight")."""
    groups, i = [], 0
    while i < len(values):
        v, nxt = values[i], values[i + 1] if i + 1 < len(values) else None
        if nxt is not None and 1 <= nxt <= 9 and not zeros[i + 1] and (v >= 20 and v % 10 == 0 or zeros[i]):
            groups.append(f"{v + nxt:02d}")
            i += 2
        else:
            groups.append(str(v))
            i += 1
    merged: list[str] = []
    for g in groups:  # "eighty-eight one-twenty": a digit said before a pair, after others, is its hundreds
        if len(merged) > 1 and len(merged[-1]) == 1 and merged[-1] != "0" and len(g) == 2:  # ("quatre-vingt-dix": 90)
            merged[-1] += g
        else:
            merged.append(g)
    return merged


# The spelling alphabets people read ids out with ("Golf-X-ray-2026-118", "Gustav-Xanthippe-...", "Gaston-Xavier-...",
# "Granada-Xilófono-...", "Gerard-Xanthippe-..."): ICAO's, DIN 5009's, the French, Spanish and Dutch ones, folded;
# each word stands for its first letter
_SPELLING = frozenset("""
    alfa alpha bravo charlie delta echo foxtrot golf hotel india juliett juliet kilo lima mike november oscar papa
    quebec romeo sierra tango uniform victor whiskey whisky xray yankee zulu
    anton berta caesar casar dora emil friedrich gustav heinrich ida julius kaufmann ludwig martha nordpol otto
    paula quelle richard samuel siegfried theodor ulrich viktor wilhelm xanthippe ypsilon zacharias zeppelin
    anatole berthe celestin desire eugene francois gaston henri irma joseph kleber louis marcel nicolas pierre
    quintal raoul suzanne therese ursule william xavier yvonne zoe
    antonio barcelona carmen dolores enrique francia granada historia ines jose lorenzo madrid navarra oviedo paris
    querido ramon sabado tarragona ulises uruguay valencia washington xilofono yegua zaragoza
    bernard cornelis dirk eduard ferdinand gerard hendrik izaak johan karel lodewijk marie nico pieter quotient
    simon theodoor utrecht willem zaandam""".split())
_SPELLED_ID = re.compile(r"\b((?:[^\W\d_]+-){2,8})(\d[\w-]*)")  # "Uniform-Charlie-77": words, then the digits


def spelled_letters(text: str) -> str:
    """An id read out with a spelling alphabet, as typed ("Golf-X-ray-2026-118" -> "GX-2026-118"): every word
    before its digits a spelling word or a single letter."""
    def letters(m: re.Match[str]) -> str:
        words = [_folded(w) for w in re.sub(r"(?i)\bx-ray\b", "xray", m.group(1)).split("-") if w]
        if len(words) < 2 or not all(w in _SPELLING or len(w) == 1 for w in words) or all(len(w) == 1 for w in words):
            return m.group(0)
        return "".join(w[0] for w in words).upper() + "-" + m.group(2)
    return _SPELLED_ID.sub(letters, text)


def _folded(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))


def spelled_out(text: str, lang: str) -> str:
    """Numbers and ordinals written in words as digits, in the asker's language (text2num): "twenty
    thousand dollars" -> "20000 dollars", "am dreizehnten Dezember" -> "am 13. Dezember", "le vingt-huit
    novembre" -> "le 28 novembre". Small isolated numbers stay words ("the one due", "two-line")."""
    if lang not in _SPELLED_LANGS:
        return text
    text = _read_out(_halves(_counted_goods(_dashed_amount(text, lang), lang), lang), lang)
    from text_to_num import alpha2digit  # noqa: PLC0415 - loaded on the first question only

    parts, last = [], 0
    for m in _NOT_SPELLED.finditer(text):
        gap = text[last:m.start()]
        parts += [alpha2digit(gap, lang) if gap.strip() else gap, m.group(0)]
        last = m.end()
    tail = text[last:]
    parts.append(alpha2digit(tail, lang) if tail.strip() else tail)
    return "".join(parts)


_COUNT_JOINED = re.compile(r"\b([^\W\d_]+)-(?=([^\W\d_]+))")


_DASHED = re.compile(r"\b(?:[^\W\d_]+-){1,7}(dollars?|euros?|pounds?|francs?|bucks?|grand)\b", re.I)
_HUNDREDS = frozenset(("hundred", "thousand", "million"))


def _dashed_amount(text: str, lang: str) -> str:
    """An amount said as one dashed word, with spaces: "the twenty-four-thousand-dollar PO" -> "twenty four
    thousand dollar" (text2num reads that; a dashed chain of number words it leaves alone)."""
    values = _said(lang)

    def spaced(m: re.Match[str]) -> str:
        parts = m.group(0).split("-")[:-1]
        said = [p.casefold() for p in parts]
        if any(p in _HUNDREDS or p in SCALES for p in said) and all(
                p in values or p in _HUNDREDS or p in SCALES or p in ("and", "a") for p in said):
            return " ".join(parts + [m.group(1)])
        return m.group(0)

    return _DASHED.sub(spaced, text) if lang == "en" else text


def _counted_goods(text: str, lang: str) -> str:
    """A count joined to the goods it counts, as digits: "acme's ten-drill bill" -> "10-drill",
    "der Fünf-Bohrmaschinen-Nachkauf" -> "5-Bohrmaschinen" (text2num leaves a word joined by a dash)."""
    values = _said(lang)

    def count(m: re.Match[str]) -> str:
        value = values.get(m.group(1).casefold())
        return (f"{value}-" if value and value > 1 and named_goods(m.group(2))
                and m.group(2).casefold() not in values else m.group(0))  # "twenty-four": French "four" is an oven

    return _COUNT_JOINED.sub(count, text)


# What a number is, by the words right around it: a line's quantity ("a quantity of 500", "Menge 500",
# "500 units", "500 Stück"), its unit price ("150 dollars a unit", "99,00 pro Stück", "à 3,20 l'unité",
# "unit price of 150"), or the tax ("$128 of tax", "128 Dollar Steuer", "128 dollars de TVA")
_QTY_BEFORE = re.compile(r"\b(?:quantit(?:y|[ée])|qty|menge|anzahl|st(?:ü|ue)ckzahl|cantidad|aantal)"
                         r"\s*(?:of|von|de|van|:)?\s*(?:\w+\s+)?$", re.I)
_QTY_AFTER = re.compile(r"^\s*(?:units?|pieces?|pcs|st(?:ü|ue)ck|stk|pi[èe]ces|unit[ée]s|unidades|piezas|stuks"
                        r"|eenheden"
                        # what goods come packed in: "40 boxes of A4", "40 Kartons", "40 cajas", "40 dozen"
                        r"|box(?:es)?|cartons?|cases|packs?|pallets?|rolls?|reams?|kartons?|kisten|packungen|paletten"
                        r"|rollen|schachteln|bo[iî]tes|caisses|palettes|paquets|rouleaux|cajas|paquetes|pal[ée]s|rollos"
                        r"|dozen|doosjes|pakken)\b", re.I)  # "Stück", never "stuck"
_UNIT_AFTER = re.compile(r"^\s*(?:(?:usd|eur|gbp|dollars?|d[oó]lares|euros?|[$€£])\s*)?(?:a|an|per|each|the|pro|par|"
                         r"l['’]|la|por|le|je|het|per\s+de)?\s*(?:unit[ée]?|piece|pi[èe]ce|st(?:ü|ue)ck|unidad|pieza|stuk|"
                         r"each|apiece|cada\s+un[oa]|chacune?|jeweils|elk)\b", re.I)  # "a 150 cada uno"
_UNIT_BEFORE = re.compile(r"\b(?:unit\s*price|price\s+per\s+unit|st(?:ü|ue)ckpreis|einzelpreis|prix\s+unitaire|"
                          r"precio\s+unitario|stukprijs|eenheidsprijs)\s*(?:of|von|de|van|:)?\s*$", re.I)
_UNIT_AT = re.compile(r"\b(?:units?|pieces?|pcs|st(?:ü|ue)ck|pi[èe]ces|unit[ée]s|unidades|piezas|stuks)\s+"
                      r"(?:at|[àa]|zu|je|@|por|voor|de)\s*(?:[$€£]\s*)?$", re.I)  # "500 units at 3.20"
_TAX_AFTER = re.compile(r"^\s*(?:(?:usd|eur|gbp|dollars?|d[oó]lares|euros?|[$€£])\s*)?(?:of|in|de|an|aan|en)?\s*"
                        r"(?:sales\s+)?(?:tax|vat|steuern?|mwst|ust|umsatzsteuer|mehrwertsteuer|tva|taxes?|iva|"
                        r"impuestos?|btw|belasting)\b", re.I)
_TAX_BEFORE = re.compile(r"\b(?:tax|vat|steuer|mwst|ust|tva|taxe|iva|impuestos?|btw)\s*(?:of|von|de|van|amount|:)?\s*$",
                         re.I)


# the amount before tax ("a pre-tax subtotal of 1,535.00", "Zwischensumme 1.535,00", "montant HT de"), or a
# line's amount ("a line amount of 1,280.00", "Positionsbetrag", "montant de ligne", "importe de línea", "regelbedrag")
_NET_BEFORE = re.compile(r"\b(?:sub-?total|pre-?tax(?:\s+(?:amount|total))?|net\s+(?:amount|total)|zwischensumme|"
                         r"netto(?:betrag|summe)?|sous-?total|montant\s+ht|total\s+ht|hors\s+taxes?|base\s+imponible|"
                         r"importe\s+neto|subtotaal|nettobedrag)\s*(?:of|von|über|de|van|del|:)?\s*(?:[$€£]\s*)?$",
                         re.I)
_LINE_BEFORE = re.compile(r"\b(?:line[-\s](?:item\s+)?(?:amount|total)|positions?(?:betrag|wert|summe)|zeilenbetrag|"
                          r"montant\s+(?:de\s+)?(?:la\s+)?ligne|importe\s+de\s+(?:la\s+)?l[ií]nea|regel(?:bedrag|totaal)"
                          # "a line of 1,280.00", "une ligne à 1 280,00", "una línea de 1.280,00", "een regel van"
                          r"|(?:a|one|une|una|een|eine)\s+(?:line|ligne|l[ií]nea|regel|position|zeile))"
                          r"\s*(?:of|for|at|von|über|zu|mit|de|à|a|por|van|del|:)?\s*(?:[$€£]\s*)?$", re.I)


# a bound or a currency before the number makes it an amount ("the just under 500 catering bill", "$500 catering")
_BOUND_BEFORE = re.compile(r"(?:\b(?:under|over|below|above|about|around|approx\w*|roughly|unter|etwa"
                           r"|circa|ca|moins de|plus de|environ|menos de|m[áa]s de|unos|onder|boven|ongeveer)|~)\s*$",
                           re.I)
# the glossary's line nouns that count no goods ("24000 stuck" is no "Stück"; "500 hours", "12 months" are no goods)
_LINE_NOUNS = frozenset("service fee hours day phase project milestone instalment retainer deposit fixed annual "
                        "monthly quarterly weekly renewal pilot restock supplies equipment material goods product unit "
                        "bundle labour warranty setup usage roaming".split())
# a number right after the document's noun is its number ("Rechnung 24000", "invoice no. 1043", "INV:88120")
_NUMBERED = re.compile(r"(?:\b(?:invoice|bill|rechnung|facture|factura|factuur|inv)\b\W{0,3}(?:no\.?|nr\.?|n[°º]\.?|#)?"
                       r"\s*)$", re.I)
_NOT_GOODS = frozenset(("über", "uber"))  # German "über" folds to the ride service's name: "5602 über der Bestellung"
_BILL_NEXT = re.compile(r"[\s-]+(?:bill|invoice|inv|rechnung|facture|factura|factuur|one)\b", re.I)
_NEXT_WORD = re.compile(r"^[\s-]*([^\W\d_][\w'’-]*)")


def _goods_after(after: str) -> bool:
    """A count of goods: the number's next word names goods ("500 brackets", "500 Winkel", "the 500-bracket one")."""
    m = _NEXT_WORD.match(after)
    if not m or _BILL_NEXT.match(after, m.end()) and not after.lstrip().startswith("-"):
        return False  # "the 480 catering bill": the bill's amount ("the 500-bracket bill" still counts brackets)
    return m.group(1).casefold() not in _NOT_GOODS and bool(found := named_goods(m.group(1))) and not (
        found <= SUPPLIER_KINDS | _LINE_NOUNS)


def figure_role(text: str, m: re.Match[str]) -> str | None:
    """"qty", "unit", "tax", "net" (the subtotal) or "line" (a line's amount) when the words around the
    number `m` found in `text` say which figure it is; None for an amount as such (a total, as people
    mean it)."""
    before, after = text[max(0, m.start() - 40):m.start()], text[m.end():m.end() + 40]
    if _NET_BEFORE.search(before):
        return "net"
    if _LINE_BEFORE.search(before):
        return "line"
    if _QTY_BEFORE.search(before) or _QTY_AFTER.match(after):
        return "qty"
    if _UNIT_BEFORE.search(before) or _UNIT_AFTER.match(after):
        return "unit"
    if _TAX_AFTER.match(after) or _TAX_BEFORE.search(before):
        return "tax"
    if _UNIT_AT.search(before):
        return "unit"
    count = re.fullmatch(r"\d{2,5}", m.group(0).strip())  # a count: no cents, no currency, no grouping, not "five"
    return "qty" if count and _goods_after(after) and not _BOUND_BEFORE.search(before) and not _NUMBERED.search(
        before) else None


# a range said with both ends: "between 1,200 and 1,300", "zwischen 1.700 und 1.750", "entre 1 700 et 1 750",
# "tussen 1.700 en 1.750": its ends as typed, kept as one reference ("between A and B", resolve.py reads it)
NUM = r"(?:[$€£]\s*)?\d{1,3}(?:[,.'\u00a0\u202f ]\d{3})+(?:[.,]\d{1,2})?|(?:[$€£]\s*)?\d+(?:[.,]\d{1,2})?"
BETWEEN = re.compile(rf"\b(?:between|zwischen|entre|tussen)\s+({NUM})\s*(?:usd|eur|dollars?|euros?|[$€£])?\s+"
                     rf"(?:and|und|et|y|en|-|–)\s+({NUM})(?![\d.,])", re.I)
# a range said from one end to the other: "10k-to-50k", "von 10.000 bis 50.000", "de 10 000 à 50 000",
# "de 10.000 a 50.000", "van 10.000 tot 50.000" (an approval band, say)
FROM_TO = re.compile(rf"(?:\b(?:from|von|de|del|van)\s+)?({NUM})\s*(k|tsd|mil|mille|grand)?\b\.?\s*"
                     rf"(?:usd|eur|dollars?|euros?|[$€£])?\s*-?\s*\b(?:to|bis|à|a|al|tot)\s*-?\s*"
                     rf"({NUM})\s*(k|tsd|mil|mille|grand)?(?!\w|[.,]\d)", re.I)


def range_ends(m: re.Match[str]) -> tuple[str, str] | None:
    """A from-to match's ends as plain amounts, when both are amounts of 100 or more, low to high."""
    ends = []
    for number, scale in ((m.group(1), m.group(2)), (m.group(3), m.group(4))):
        value = parse_amount(number)
        if value is None:
            return None
        ends.append(value * (SCALES[scale.casefold()] if scale else 1))
    low, high = ends
    return (format(low.normalize(), "f"), format(high.normalize(), "f")) if 100 <= low < high else None
