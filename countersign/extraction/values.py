"""Value-level parsers: printed text to Decimal amounts, dates, currency codes and bank ids.

Plain functions over strings, with no knowledge of the page: "1.657,80 €" -> (Decimal("1657.80"),
"EUR"), "10 Nov 2026" -> date(2026, 11, 10), "Net 30" -> 30 days. The layout reader and the model
assist both use them, so a value is read the same way whoever proposes it. Money is Decimal, never
float.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

CURRENCY_CODES = frozenset(
    "USD EUR GBP CHF CAD AUD NZD JPY CNY SEK NOK DKK PLN CZK HUF INR MXN SGD HKD ZAR BRL".split()
)
CURRENCY_SYMBOLS = {"US$": "USD", "$": "USD", "€": "EUR", "£": "GBP"}
CURRENCY_CODE_RE = re.compile(r"(?<![A-Za-z])(" + "|".join(sorted(CURRENCY_CODES)) + r")(?![A-Za-z])")
CURRENCY_SYMBOL_RE = re.compile(r"US\$|[$€£]")
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
    if "," in num and "." in num:
        decimal_sep = "," if num.rfind(",") > num.rfind(".") else "."
        thousands = "." if decimal_sep == "," else ","
        whole, _, frac = num.rpartition(decimal_sep)
        if not _thousands_ok(whole, thousands) or not frac.isdigit():
            return None
        num = whole.replace(thousands, "") + "." + frac
    elif "," in num:
        parts = num.split(",")
        if len(parts) == 2 and len(parts[1]) in (1, 2, 4):
            num = parts[0] + "." + parts[1]  # decimal comma
        elif _thousands_ok(num, ","):
            num = num.replace(",", "")
        else:
            return None
    elif num.count(".") > 1:
        if not _thousands_ok(num, "."):
            return None
        num = num.replace(".", "")
    return num


def _thousands_ok(whole: str, sep: str) -> bool:
    groups = whole.split(sep)
    return groups[0].isdigit() and len(groups[0]) <= 3 and all(
        len(g) == 3 and g.isdigit() for g in groups[1:]
    ) if len(groups) > 1 else whole.isdigit()


def parse_amount(text: str) -> tuple[Decimal, str | None] | None:
    """(amount, currency or None) from "USD 1,657.80", "$1,657.80", "1.657,80 €", "(12.00)"."""
    currency = None
    code = CURRENCY_CODE_RE.search(text)
    if code:
        currency = code.group(1)
        text = text[: code.start()] + " " + text[code.end() :]
    symbol = CURRENCY_SYMBOL_RE.search(text)
    if symbol:
        currency = currency or CURRENCY_SYMBOLS[symbol.group(0)]
        text = text[: symbol.start()] + " " + text[symbol.end() :]
    text = text.strip().rstrip("*").strip()
    if not text:
        return None
    value = parse_number(text)
    return None if value is None else (value, currency)


_MONTHS = {
    **{m: i for i, m in enumerate(
        "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)},
    **{m: i for i, m in enumerate(
        ("january february march april may june july august september october november "
         "december").split(), start=1)},
    "sept": 9,
    # German
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "mär": 3, "mai": 5,
    "juni": 6, "juli": 7, "okt": 10, "oktober": 10, "dez": 12, "dezember": 12,
    # French
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "mars": 3,
    "avril": 4, "avr": 4, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12, "déc": 12,
    # Dutch
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,  # "okt" as in German
    # Spanish
    "enero": 1, "ene": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6,
    "julio": 7, "agosto": 8, "ago": 8, "septiembre": 9, "setiembre": 9, "octubre": 10,
    "noviembre": 11, "diciembre": 12, "dic": 12,
}
_MONTH_RE = r"([A-Za-zÀ-ÿ]{3,10})\.?"
_DATE_PATTERNS = [
    ("iso", re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")),
    ("dmy_name", re.compile(r"(\d{1,2})(?:st|nd|rd|th|er)?\.?(?:\s*|-)(?:de\s+)?" + _MONTH_RE
                            + r",?(?:\s*|-)(?:de\s+)?(\d{4}|\d{2}(?!\d))")),  # 24 Jul 2025, 24-Jul-25
    ("mdy_name", re.compile(_MONTH_RE + r"\s*(\d{1,2})(?:st|nd|rd|th)?,?\s*(\d{4})")),
    ("dot", re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})")),
    ("slash", re.compile(r"(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})")),
]


def parse_date(text: str) -> tuple[date, bool] | None:
    """(date, ambiguous) from "November 10, 2026", "10 Nov 2026", "2026-11-10", "11/10/2026"
    (US month first unless the first number exceeds 12), "10.11.2026" (day first).
    `ambiguous` is True for slash dates whose day and month could be swapped."""
    text = text.strip()
    for kind, pattern in _DATE_PATTERNS:
        match = pattern.match(text)
        if not match or (match.end() < len(text) and text[match.end()].isalnum()):
            continue
        parts = _year_month_day(kind, *match.groups())
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


def _year_month_day(kind: str, a: str, b: str, c: str) -> tuple[int, int, int, bool] | None:
    """(year, month, day, ambiguous) from the three groups of a `_DATE_PATTERNS` match of `kind`;
    None when a month name is not one. Slash dates are month first unless the first number
    exceeds 12, and ambiguous when day and month could be swapped."""
    ambiguous = False
    if kind == "iso":
        y, m, d = int(a), int(b), int(c)
    elif kind == "dmy_name":
        if b.lower() not in _MONTHS:
            return None
        y, m, d = int(c), _MONTHS[b.lower()], int(a)
    elif kind == "mdy_name":
        if a.lower() not in _MONTHS:
            return None
        y, m, d = int(c), _MONTHS[a.lower()], int(b)
    elif kind == "dot":
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


IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22,
    "DK": 18, "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GR": 27, "HR": 21, "HU": 28,
    "IE": 22, "IS": 26, "IT": 27, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MT": 31,
    "NL": 18, "NO": 15, "PL": 28, "PT": 25, "RO": 24, "SA": 24, "SE": 24, "SI": 19, "SK": 24,
    "TR": 26,
}


def iban_checksum_ok(iban: str) -> bool:
    """An IBAN of the right length for its country whose mod-97 check holds."""
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", iban):
        return False
    if iban[:2] in IBAN_LENGTHS and len(iban) != IBAN_LENGTHS[iban[:2]]:
        return False
    moved = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def vat_format(value: str) -> bool:
    """Whether a tax id has a known shape: a US EIN, or an EU VAT / UK / Swiss UID number."""
    compact = re.sub(r"[\s.]", "", value).upper()
    return bool(
        re.fullmatch(r"\d{2}-\d{7}", compact)  # US EIN
        or re.fullmatch(
            r"(?:AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|GB|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO"
            r"|SE|SI|SK|XI|CHE)[-0-9A-Z]{8,14}", compact)  # EU VAT / UK / Swiss UID
    )


def net_days(terms: str) -> tuple[int, bool] | None:
    """(days, plain) from "Net 30" (plain) or "30 days" / "zahlbar in 14 Tagen" (less plain)."""
    text = terms.strip().lower()
    m = re.fullmatch(r"net\s*(\d{1,3})(?:\s*days)?\.?", text)
    if m:
        return int(m.group(1)), True
    m = re.search(r"(?:net\s*|within\s*|innerhalb\s*(?:von\s*)?|à\s*)?(\d{1,3})\s*"
                  r"(?:days|tage|tagen|jours|dagen|días|dias)", text)
    if m and "eom" not in text and "end of month" not in text:
        return int(m.group(1)), False
    return None


def plain_decimal(value: Decimal) -> str:
    """A Decimal as a plain string, no exponent: Decimal("1E+2") -> "100"."""
    return format(value, "f")
