"""Value-level parsers: printed text to Decimal amounts, dates, currency codes and bank ids.

Plain functions over strings, with no knowledge of the page: "1.657,80 €" -> (Decimal("1657.80"),
"EUR"), "₹1,23,456.00" -> (Decimal("123456.00"), "INR"), "10 Nov 2026" or "10 listopada 2026" ->
date(2026, 11, 10), "Net 30" -> 30 days. Month names and currency signs come from CLDR (`cldr`),
IBAN and tax id checks from schwifty and python-stdnum (`ids`). The layout reader and the model
assist both use them, so a value is read the same way whoever proposes it. Money is Decimal, never
float.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from decimal import Decimal, InvalidOperation

from countersign.extraction.cldr import (
    ISO_4217,
    WORD_CODES,
    currency_signs,
    inflected_month,
    month_numbers,
    more_month_numbers,
    sign_pattern,
    trie,
    weekday_pattern,
)
from countersign.extraction.ids import iban_ok, vat_format

__all__ = ["CURRENCY_CODES", "CURRENCY_CODE_RE", "ISO_4217", "dot_grouping", "groups_with_dots", "iban_checksum_ok",
           "parse_amount", "parse_date", "parse_number", "sign_codes", "sign_pattern", "vat_format"]

CURRENCY_CODES = ISO_4217 - WORD_CODES  # codes read anywhere; the others only next to an amount
CURRENCY_CODE_RE = re.compile(r"(?<![A-Za-z])(" + trie(sorted(CURRENCY_CODES)) + r")(?![A-Za-z])")
_AMOUNT_CODE_RE = re.compile(r"(?<![A-Za-z])(" + trie(sorted(ISO_4217)) + r")(?![A-Za-z])")


def sign_codes(sign: str) -> tuple[str, ...]:
    """The currencies a printed sign may stand for, most likely first ("$": USD, AUD, CAD ...)."""
    return currency_signs().get(sign, ())

_NUMBER_RE = re.compile(
    r"(?P<neg>[-−–])?\s*(?P<open>\()?\s*(?P<num>\d[\d.,'’\u00a0\u202f ]*\d|\d)\s*(?P<close>\))?\s*(?P<trail>-)?"
)


def parse_number(text: str) -> Decimal | None:
    """A plain number as printed: 1,234.56 / 1.234,56 / 1 234,56 / 1'234.50 / (12.00) / -3."""
    match = _NUMBER_RE.fullmatch(text.strip())
    if not match or (match.group("open") is None) != (match.group("close") is None):
        return None
    num = _plain_digits(match.group("num").replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'"))
    if num is None:
        return None
    try:
        value = Decimal(num)
    except InvalidOperation:
        return None
    if match.group("neg") or match.group("open") or match.group("trail"):
        value = -value
    return value


def _plain_digits(num: str) -> str | None:
    """The digits of a printed number with its separators resolved ("1.234,56" -> "1234.56"),
    or None when its grouping is not a valid one."""
    if " " in num or "'" in num:
        sep = " " if " " in num else "'"
        if not re.fullmatch(r"\d{1,3}(?:" + re.escape(sep) + r"\d{3})+(?:[.,]\d{1,4})?", num):
            return None
        num = num.replace(sep, "")
        if re.fullmatch(r"\d+[.,]\d{1,4}", num):
            return num.replace(",", ".")  # "6 682,000": spaces group, so the comma is the decimal one
    if "," in num and "." in num:
        decimal_sep = "," if num.rfind(",") > num.rfind(".") else "."
        thousands = "." if decimal_sep == "," else ","
        whole, _, frac = num.rpartition(decimal_sep)
        if not _thousands_ok(whole, thousands) or not frac.isdigit():
            return None
        num = whole.replace(thousands, "") + "." + frac
    elif "," in num:
        parts = num.split(",")
        if len(parts) == 2 and (len(parts[1]) in (1, 2, 4) or len(parts[1]) == 3 and _THREE_DECIMALS.get()):
            num = parts[0] + "." + parts[1]  # decimal comma
        elif _thousands_ok(num, ","):
            num = num.replace(",", "")
        else:
            return None
    elif num.count(".") > 1 or (_DOT_GROUPS.get() and re.fullmatch(r"[1-9]\d{0,2}\.\d{3}", num)):
        if not _thousands_ok(num, "."):
            return None
        num = num.replace(".", "")
    return num


# Whether the document groups thousands with a dot and prints no decimals ("$ 79.240" is 79240
# Chilean pesos): set for one document's reading by `dot_grouping`.
_DOT_GROUPS: ContextVar[bool] = ContextVar("dot_groups", default=False)
_NUMBER_TOKEN = re.compile(r"(?<![\w.,])\d[\d.,]*\d(?![\w])")


# Whether the document prints three decimals after a decimal comma ("6 682,000", "1.269,580": the Tunisian,
# Kuwaiti or Jordanian dinar's mils), so a lone "894,000" is 894: set by `dot_grouping` too.
_THREE_DECIMALS: ContextVar[bool] = ContextVar("three_decimals", default=False)
_GROUPED_THREE = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f.]\d{3})+,\d{3}(?![\d.,])")


def three_decimals(texts: Iterable[str]) -> bool:
    """Whether two or more of a document's amounts are grouped in thousands and end in a comma and
    three digits: its comma is a decimal one with three decimals, also where no group shows."""
    return sum(len(_GROUPED_THREE.findall(text)) for text in texts) >= 2


def groups_with_dots(texts: Iterable[str]) -> bool:
    """Whether a document's numbers say a lone dot before three digits groups thousands: two or
    more numbers grouped with dots ("1.234.567", "79.240", "1.234,56") and none where a dot reads
    as a decimal point ("12.50", "0.1250") or a comma groups thousands ("1,234")."""
    grouped = 0
    for text in texts:
        for m in _NUMBER_TOKEN.finditer(text):
            token = m.group(0).rstrip(".,")
            if re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{2,4}", token) or _ID_DOTS.fullmatch(token):
                continue  # a date ("15.11.2025"), an id ("46.514.769.2-505.596", "29.514756")
            if re.search(r"\.(?:\d{1,2}|\d{4,})(?:,|$)|,\d{3}(?:[.,]|$)", token):
                return False
            if re.fullmatch(r"[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?", token):
                grouped += 1
    return grouped >= 2


# dots no amount prints: groups of digits ending in one or two after two dots or more, five decimals or more
_ID_DOTS = re.compile(r"\d+(?:\.\d+)+\.\d{1,2}|\d+\.\d{5,}")


# The monies printed to three decimals, their fils or baisas ("250.550" Jordanian dinars is 250.55, not 250,550)
# (the Iraqi dinar's fils are not printed)
MILS_MONEY = frozenset(("BHD", "JOD", "KWD", "LYD", "OMR", "TND"))


@contextmanager
def dot_grouping(texts: Iterable[str], *, mils_money: bool = False) -> Iterator[None]:
    """Read the amounts of one document with its thousands grouping (`groups_with_dots`) and its
    decimals (`three_decimals`). A page of a country whose money has three decimals (`mils_money`) groups
    with no lone dot: "250.550" is its decimals."""
    texts = list(texts)
    token = _DOT_GROUPS.set(not mils_money and groups_with_dots(texts))
    mils = _THREE_DECIMALS.set(three_decimals(texts))
    try:
        yield
    finally:
        _DOT_GROUPS.reset(token)
        _THREE_DECIMALS.reset(mils)


def _thousands_ok(whole: str, sep: str) -> bool:
    """Groups of three after a first of one to three digits; with commas also the Indian way,
    the last group of three and pairs before it ("1,23,456")."""
    groups = whole.split(sep)
    if len(groups) == 1:
        return whole.isdigit()
    if not all(g.isdigit() for g in groups):
        return False
    western = len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
    indian = sep == "," and len(groups) > 2 and len(groups[0]) <= 2 and len(groups[-1]) == 3 and all(
        len(g) == 2 for g in groups[1:-1])
    return western or indian


def parse_amount(text: str) -> tuple[Decimal, str | None] | None:
    """(amount, currency or None) from "USD 1,657.80", "$1,657.80", "1.657,80 €", "(12.00)",
    "₹1,23,456.00", "1 234,56 zł"; a sign several currencies share gives the likeliest."""
    currency = None
    code = _AMOUNT_CODE_RE.search(text)
    if code:
        currency = code.group(1)
        text = text[: code.start()] + " " + text[code.end() :]
    symbol = sign_pattern().search(text)
    if symbol and symbol.group(0)[-1].isalpha() and re.match(r"\d{5,}(?![\d.,'\s])", text[symbol.end():]):
        return None  # "R0012345678": a number with a letter in front, not 12345678 rand
    if symbol:
        currency = currency or sign_codes(symbol.group(0))[0]
        text = text[: symbol.start()] + " " + text[symbol.end() :]
    text = text.strip().strip("*").strip()  # a fiscal printer's "*1,294.98", a footnote's "1,294.98*"
    if not text:
        return None
    value = parse_number(text)
    return None if value is None else (value, currency)


_MONTH_RE = r"((?:[^\W\d_]|[\u0eb1\u0eb4-\u0ebc\u0ec8-\u0ece]){3,12})\.?"  # Lao's vowel marks: "ຕຸລາ"
_DATE_PATTERNS = [
    ("iso", re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})|(\d{4})([/.])(\d{1,2})\5(\d{1,2})")),
    # 24 Jul 2025, 24-Jul-25; the month and year joined by a word: "3 de março de 2025", Friulian "17 di Otubar dal
    # 2025" (with its four-digit year), Romansh "19 da december 2025"
    ("dmy_name", re.compile(r"(\d{1,2})(?:st|nd|rd|th|er)?\.?(?:\s*|-)(?:de\s+|di\s+|da\s+)?" + _MONTH_RE
                            + r",?(?:\s*|-)(?:de\s+|(?:dal|del)\s+(?=\d{4}))?(\d{4}|\d{2}(?!\d))")),
    # "March 3 , 2025" too, and "Jun-28-2025"
    ("mdy_name", re.compile(_MONTH_RE + r"(?:\s*|-)(\d{1,2})(?:st|nd|rd|th)?(?:\s*,?\s*|-)(\d{4})")),
    # year first: Lithuanian "2025 m. kovo 18 d.", "2025 March 18"
    ("ymd_name", re.compile(r"(\d{4})\.?\s*(?:m\.\s*)?" + _MONTH_RE + r"\s*(\d{1,2})\.?(?:\s*d\.)?")),
    # year first, then the day and the month: Latvian "2026. gada 19. septembrī" ("of the year 2026, 19 September"),
    # Uzbek "2025-yil 6-avgust"
    ("ydm_name", re.compile(r"(\d{4})(?:\.\s*(?:gada\s+|g\.\s*)?|-yil\s+)(\d{1,2})[.-]\s*" + _MONTH_RE)),
    # "10.11.2026", and Czech "3. 10. 2026" (spaced: only with its four-digit year)
    ("dot", re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})|(\d{1,2})\.\s(\d{1,2})\.\s(\d{4})")),
    ("slash", re.compile(r"(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})")),
    # Vietnamese "14 tháng 10 năm 2026" (day, month, year), its English glosses dropped ("tháng (month)")
    ("vi", re.compile(r"(\d{1,2})\s+tháng\s+(\d{1,2}),?\s+năm\s+(\d{4})", re.IGNORECASE)),
]
_GLOSS = re.compile(r"\s*\([^\W\d_][^()\d]{0,20}\)")  # "Ngày (Date) 14 tháng (month) 10 năm (year) 2026"


_QUOTED_DAY = re.compile(r"^[«\"“„](\d{1,2})[»\"”“]")


def parse_date(text: str) -> tuple[date, bool] | None:
    """(date, ambiguous) from "November 10, 2026", "10 Nov 2026", "2026-11-10", "11/10/2026"
    (US month first unless the first number exceeds 12), "10.11.2026" (day first).
    `ambiguous` is True for slash dates whose day and month could be swapped."""
    text = _QUOTED_DAY.sub(r"\1", text.strip())  # Russian and Ukrainian forms: "«06» июня 2025 г."
    if "(" in text and "tháng" in text.lower():
        text = _GLOSS.sub("", text).strip()
    found = _parse_date(text)
    weekday = weekday_pattern().match(text) if found is None else None
    return _parse_date(text[weekday.end():]) if weekday else found  # "Monday, March 3, 2025"


_ISO_TIME = re.compile(r"T\d{2}:\d{2}")


def _parse_date(text: str) -> tuple[date, bool] | None:
    for kind, pattern in _DATE_PATTERNS:
        match = pattern.match(text)
        if not match or (match.end() < len(text) and text[match.end()].isalnum()
                         and not (kind == "iso" and _ISO_TIME.match(text, match.end()))):
            continue  # a date runs into a word, unless an ISO date goes on with its time ("2024-06-24T13:59:03")
        groups = [g for i, g in enumerate(match.groups()) if g is not None and not (kind == "iso" and i == 4)]
        parts = _year_month_day(kind, *groups)
        if parts is None:
            continue
        y, m, d, ambiguous = parts
        if y < 100:
            y += 2000
        try:
            day = date(y, m, d)
        except ValueError:
            return None
        if not 1990 <= day.year <= 2100:
            return None
        return day, ambiguous
    return None


def _month_named(name: str, year: str) -> int | None:
    """A month's number by its name: in a language the label tables know, or in any other CLDR has when the year has
    its four digits ("15 Here 2026" is Breton's 15 October; "2 lamb 10" no date), or then by its stem in a case CLDR
    does not list (Latvian "septembrī", `inflected_month`)."""
    name = name.lower()
    return month_numbers().get(name) or (more_month_numbers().get(name) or inflected_month(name)
                                         if len(year) == 4 else None)


def _year_month_day(kind: str, a: str, b: str, c: str) -> tuple[int, int, int, bool] | None:
    """(year, month, day, ambiguous) from the three groups of a `_DATE_PATTERNS` match of `kind`;
    None when a month name is not one. Slash dates are month first unless the first number
    exceeds 12, and ambiguous when day and month could be swapped."""
    ambiguous = False
    if kind == "iso":
        y, m, d = int(a), int(b), int(c)
    elif kind == "dmy_name":
        if (month := _month_named(b, c)) is None:
            return None
        y, m, d = int(c), month, int(a)
    elif kind == "ymd_name":
        if (month := _month_named(b, a)) is None:
            return None
        y, m, d = int(a), month, int(c)
    elif kind == "ydm_name":
        if (month := _month_named(c, a)) is None:
            return None
        y, m, d = int(a), month, int(b)
    elif kind == "mdy_name":
        if (month := _month_named(a, c)) is None:
            return None
        y, m, d = int(c), month, int(b)
    elif kind in ("dot", "vi"):
        y, m, d = int(c), int(b), int(a)
    else:
        first, second = int(a), int(b)
        if first > 12:
            d, m = first, second
        else:
            m, d = first, second
            ambiguous = second <= 12 and first != second
        y = int(c)
    return y, m, d, ambiguous


def iban_checksum_ok(iban: str) -> bool:
    """An IBAN of the right length and structure for its country whose check digits hold
    (schwifty; see `ids.iban_ok`)."""
    return iban_ok(iban)


def net_days(terms: str) -> tuple[int, bool] | None:
    """(days, plain) from "Net 30" (plain) or "30 days" / "zahlbar in 14 Tagen" (less plain)."""
    text = terms.strip().lower()
    m = re.fullmatch(r"net\s*(\d{1,3})(?:\s*days)?\.?", text)
    if m:
        return int(m.group(1)), True
    m = re.search(r"(?:net\s*|within\s*|innerhalb\s*(?:von\s*)?|à\s*)?(\d{1,3})\s*"
                  r"(?:days|tage|tagen|jours|dagen|días|dias|giorni|gg\b|dni)", text)
    if m and not _MONTH_END.search(text) and not _OTHER_START.search(text):
        return int(m.group(1)), False
    return None


# Terms counted from the month's end ("30 jours fin de mois", "60 días fecha factura fin de mes", "Løbende måned
# + 30 dage", "fine mese", "Monatsende", "EOM"): the invoice date plus the days is not the due date.
_MONTH_END = re.compile(r"\beom\b|end\s+of\s+(?:the\s+)?month|fin\s+de\s+(?:mois|mes)|final\s+de(?:l)?\s+mes"
                        r"|fine\s+mese|monatsende|ende\s+des\s+monats|løbende\s+måned|lopende\s+maand|ultimo")
# Terms counted from a day the invoice does not print ("30 days from statement", "30 days after delivery", "30 jours
# après livraison", "30 Tage nach Lieferung", "30 dias após a entrega", "7 days after the event"): the invoice date
# plus the days is not the due date either.
_OTHER_START = re.compile(r"(?:from|after)\s+(?:the\s+)?(?:date\s+of\s+)?(?:monthly\s+)?"
                          r"(?:statement|delivery|receipt\s+of\s+goods|event|completion|installation)"
                          r"|après\s+(?:la\s+)?livraison|nach\s+(?:lieferung|erhalt\s+der\s+ware)"
                          r"|(?:após|depois\s+d)\s*a\s+entrega|(?:tras|después\s+de)\s+la\s+entrega|dopo\s+la\s+consegna"
                          r"|na\s+(?:levering|aflevering)|nach\s+(?:abnahme|fertigstellung)|after\s+acceptance"
                          r"|(?:à\s+compter\s+de|après|dès)\s+(?:la\s+|l['’]\s*)?(?:livraison|achèvement|fin\s+des\s+travaux"
                          r"|réception\s+des\s+(?:travaux|ouvrages|marchandises))", re.IGNORECASE)


def plain_decimal(value: Decimal) -> str:
    """A Decimal as a plain string, no exponent: Decimal("1E+2") -> "100"."""
    return format(value, "f")
