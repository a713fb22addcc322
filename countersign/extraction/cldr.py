"""Month names and currency signs from CLDR (babel) and ISO 4217 (pycountry), not a hand table.

An invoice prints "12 marca 2025", "3 de março de 2025", "15 gennaio 2025" or "₹1,23,456.00";
the reader knows those words because CLDR does, for every locale in `LOCALES`. What the reader
takes from CLDR is kept in `cldr.json`, written from babel by `python -m countersign.extraction.cldr`
(a test checks it against babel): loading babel's locale data cost every process 0.3 s and 37 MB,
and every forked reader its share of the memory limit. Tables are built once, on first use.

Currency codes: every active ISO 4217 code is read next to an amount ("1.234,00 TRY"); on its
own, outside an amount, only a code that is not also a common word ("ALL", "TOP", "PEN", "PHP"
are words or names more often than currencies). Currency signs: the symbols CLDR gives for the
codes in `SIGN_LOCALES`, in their own and in English locales; a sign several currencies share
("$", "kr", "¥") maps to all of them, and the page decides (`totals.read_currency`).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from countersign.extraction.printed_signs import EXTRA_SIGNS, GLUED_AMOUNT, GLUED_SIGNS

# Locales whose month names a date may use: the reader's label languages and their neighbours.
LOCALES = ("en", "en_GB", "de", "de_AT", "fr", "nl", "es", "it", "pt", "pt_BR", "pl", "sv", "da", "nb", "fi", "cs",
           "lt", "bg", "id", "uk", "ru")
# Locales read for their month names only: more of Europe and Central Asia. None shares a month's name with another
# month elsewhere (Croatian's "listopad" is October, Czech's November: Croatian is left out).
MONTH_LOCALES = ("uz", "sw",  # Swahili: "30 Machi 2026"
                 "tr", "az", "sq", "ro", "hu", "et", "lv", "sk", "sl", "sr_Latn", "el", "mk", "kk", "mn", "ka",
                 "hy", "lo", "cy", "gl",  # Lao: "8 ຕຸລາ 2026"; Welsh: "16 Mehefin 2026"; Galician: "22 de xaneiro"
                 "hsb", "sc")  # Upper Sorbian: "8. nowembra 2025"; Sardinian: "13 de santandria 2026"
# Codes a sign stands for, and the locales that print it.
SIGN_LOCALES: dict[str, tuple[str, ...]] = {
    "USD": ("en", "en_CA"), "EUR": ("de",), "GBP": ("en_GB",), "JPY": ("ja", "en"), "CNY": ("zh", "en"),
    "INR": ("en_IN", "hi"), "PLN": ("pl",), "SEK": ("sv",), "NOK": ("nb",), "DKK": ("da", "fo"), "ISK": ("is",),
    "CZK": ("cs",), "HUF": ("hu",), "KRW": ("ko",), "BRL": ("pt_BR", "en"), "ZAR": ("en_ZA",), "TRY": ("tr",),
    "RUB": ("ru",), "UAH": ("uk",), "ILS": ("he", "en"), "THB": ("th",), "VND": ("vi",), "PHP": ("fil",),
    "MYR": ("ms",), "IDR": ("id",), "AED": ("ar_AE",), "SAR": ("ar_SA",), "AUD": ("en_AU", "en"),
    "CAD": ("en_CA", "en"), "NZD": ("en_NZ", "en"), "HKD": ("zh_Hant_HK", "en"), "SGD": ("en_SG",),
    "MXN": ("es_MX", "en"), "TWD": ("zh_Hant", "en"), "NGN": ("en_NG",), "EGP": ("ar_EG",),
    "CLP": ("es_CL",), "COP": ("es_CO",), "ARS": ("es_AR",), "BGN": ("bg",), "MAD": ("ar_MA",),
    "TND": ("fr_TN",),
    # the Americas' and other dollars and pesos printed as a bare "$" at home, and signs of their own ("RD$", "Bs")
    "UYU": ("es_UY",), "CUP": ("es_CU",), "DOP": ("es_DO",), "BOB": ("es_BO",), "PYG": ("es_PY",), "CRC": ("es_CR",),
    "NIO": ("es_NI",), "PAB": ("es_PA",), "JMD": ("en_JM",), "TTD": ("en_TT",), "BBD": ("en_BB",), "BSD": ("en_BS",),
    "FJD": ("en_FJ",), "NAD": ("en_NA",), "KES": ("en_KE",), "GHS": ("en_GH",), "MNT": ("mn",), "KZT": ("kk",),
    "BDT": ("bn",), "DZD": ("fr_DZ",), "BAM": ("bs",), "MKD": ("mk",), "UZS": ("uz",), "LKR": ("ta_LK",),
    "BWP": ("en_BW",),  # "P 596,350.00": the pula
    "XOF": ("fr_CI",),  # "F CFA": the West African franc
    "KGS": ("ky",), "OMR": ("ar_OM",),  # "сом", "ر.ع."
    # more territories' own money, as their own locales print it: a sign of several letters or a symbol, or a
    # dollar's bare "$" (the page's country decides); not a sign of one letter ("K", "L", "Q") or a short word
    # ("Le", "Br", "SR", "FC"), and no "£" of a territory (it would leave the pound unsure)
    "AWG": ("nl_AW",), "VUV": ("en_VU", "fr_VU"), "XPF": ("fr_PF",), "BIF": ("fr_BI",), "DJF": ("fr_DJ",),
    "MZN": ("pt_MZ",), "TZS": ("sw_TZ",), "UGX": ("sw_UG",), "ERN": ("ti_ER",), "TOP": ("to_TO",),
    "WST": ("en_WS",), "MOP": ("pt_MO",), "ALL": ("sq",), "AMD": ("hy",), "AZN": ("az",), "GEL": ("ka",),
    "KHR": ("km",), "LAK": ("lo",), "AFN": ("fa_AF",), "KWD": ("ar_KW",), "BHD": ("ar_BH",), "IQD": ("ar_IQ",),
    "JOD": ("ar_JO",), "QAR": ("ar_QA",), "LYD": ("ar_LY",), "YER": ("ar_YE",), "LBP": ("ar_LB",),
    "SDG": ("ar_SD",), "SYP": ("ar_SY",),
    "BND": ("ms_BN",), "GYD": ("en_GY",), "BZD": ("en_BZ",), "KYD": ("en_KY",), "SRD": ("nl_SR",),
    "SBD": ("en_SB",), "LRD": ("en_LR",), "BMD": ("en_BM",), "XCD": ("en_AG",),
}
# Codes ISO 4217 withdrew that invoices of their last years still print (the lev until 2026, the kuna
# until 2023): pycountry no longer lists them, CLDR still does (a test checks both).
WITHDRAWN = frozenset({"BGN", "HRK"})
# ISO 4217 codes of money (pycountry's active list less funds, metals and test codes; a test
# checks every one against pycountry), and the recently withdrawn ones.
ISO_4217 = frozenset(
    "AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF "
    "CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL "
    "HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD "
    "MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG "
    "QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD "
    "TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW".split()) | WITHDRAWN
# ISO codes that are words or names more often than currencies: read only next to an amount.
WORD_CODES = frozenset("ALL TOP CUP PEN BOB MOP SOS BAM AMD MAD GEL PHP TRY CVE LAK ERN GIP SHP SLE STN CRC "
                       "NAD DOP KGS BTN".split())


# Languages of the country names a page's addresses may print ("Guyana", "République de Vanuatu", "Timor-Leste").
NAME_LOCALES = ("en", "fr", "es", "pt", "nl", "de")

SNAPSHOT = Path(__file__).with_name("cldr.json")
TENDER_DAY = "2026-01-01"  # the day whose legal tender `territory_currency` gives (the euro in Bulgaria from then)


def snapshot_from_babel() -> dict[str, Any]:
    """What the tables below read from CLDR, as plain data: month names of `LOCALES` and `MONTH_LOCALES` (and of every
    other language, `_more_month_names`), day names of `LOCALES`,
    currency symbols of `SIGN_LOCALES` (and English), each country's currency."""
    from babel import Locale
    from babel.dates import get_day_names, get_month_names
    from babel.numbers import get_currency_name, get_currency_symbol

    return {
        "months": {locale: {f"{width}/{context}": {str(m): name for m, name in
                                                   get_month_names(width, context=context, locale=locale).items()}
                            for width in ("wide", "abbreviated") for context in ("format", "stand-alone")}
                   for locale in LOCALES + MONTH_LOCALES},
        "more_months": _more_month_names(),
        "days": {locale: {width: list(get_day_names(width, locale=locale).values())
                          for width in ("wide", "abbreviated")} for locale in LOCALES},
        "signs": {code: {locale: get_currency_symbol(code, locale) for locale in (*locales, "en")}
                  for code, locales in SIGN_LOCALES.items()},
        "territory_currency": _territory_currencies(),
        "currency_names": {code: sorted({get_currency_name(code, locale="en"), get_currency_name(code, 2, "en")})
                           for code in sorted(set(_territory_currencies().values()))},
        "local_signs": _local_signs(),
        "local_names": _local_names(),
        "local_initials": _local_initials(),
        "territory_names": {locale: {code: name for code, name in Locale(locale).territories.items()
                                     if re.fullmatch(r"[A-Z]{2}", code)} for locale in NAME_LOCALES},
        "english_date_order": _english_date_orders(),
        "local_date_order": _local_date_orders(),
    }


def _more_month_names() -> dict[str, int]:
    """Month name -> number in every other language CLDR has (its base locales: Breton, Northern Sami, Yoruba, ...),
    for dates in a language no label table knows: a name of four letters or more (also without accents) that names
    one month in all of them and is no name of `LOCALES` or `MONTH_LOCALES`, which keep their own reading; also
    without the word all twelve open with, "month" (Cornish "mis Gwynngala": "20 Gwynngala 2026")."""
    from babel import localedata
    from babel.dates import get_month_names

    listed = set(LOCALES + MONTH_LOCALES)
    found: dict[str, set[int]] = {}
    for locale in sorted(localedata.locale_identifiers()):
        if "_" in locale or locale in listed:
            continue
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                names = get_month_names(width, context=context, locale=locale)
                firsts = {name.split(" ", 1)[0].lower() + " " if " " in name else "" for name in names.values()}
                for month, name in names.items():
                    key = name.lower().rstrip(".").strip()
                    bare = key.removeprefix(firsts.copy().pop()) if len(firsts) == 1 else key  # "mis Gwynngala"
                    for variant in {key, _unaccented(key)} | ({bare, _unaccented(bare)} if " " not in bare else set()):
                        if len(variant) >= 4 and not any(c.isdigit() for c in variant):
                            found.setdefault(variant, set()).add(int(month))
    return {name: months.pop() for name, months in sorted(found.items()) if len(months) == 1}


def _english_date_orders() -> dict[str, str]:
    """Each country with an English locale (en_GB, en_SZ, en_US, ...): which part its short date writes first, "day",
    "month" or "year" (CLDR's "dd/MM/y", "M/d/yy", "y-MM-dd")."""
    from babel import localedata

    return {m.group(1): _first_part(name) for name in sorted(localedata.locale_identifiers())
            if (m := re.fullmatch(r"en_([A-Z]{2})", name))}


def _local_date_orders() -> dict[str, str]:
    """Each other country: which part the short date of its likeliest locale writes first (CLDR's likely subtags:
    Ethiopia's am_ET "dd/MM/y", Brazil's pt_BR): how an English page printed there writes it too."""
    from babel import Locale, UnknownLocaleError

    out, english = {}, _english_date_orders()
    for territory in (t for t in sorted(Locale("en").territories) if re.fullmatch(r"[A-Z]{2}", t) and t != "ZZ"):
        try:
            out.update({} if territory in english else {territory: _first_part(f"und_{territory}")})
        except (ValueError, LookupError, UnknownLocaleError):  # (no locale data: Ascension, Antarctica, ...)
            continue
    return out


def _first_part(locale: str) -> str:
    from babel import Locale

    first = re.sub(r"[^dMy]", "", Locale.parse(locale).date_formats["short"].pattern)[:1]
    return {"d": "day", "M": "month", "y": "year"}[first]


def _territory_currencies() -> dict[str, str]:
    """Each country's legal tender (ISO 3166 alpha-2 -> ISO 4217) on `TENDER_DAY`, from CLDR."""
    import datetime

    from babel import Locale
    from babel.numbers import get_territory_currencies

    day = datetime.date.fromisoformat(TENDER_DAY)
    out = {}
    for territory in sorted(Locale("en").territories):
        if re.fullmatch(r"[A-Z]{2}", territory) and (codes := get_territory_currencies(territory, day, tender=True)):
            out[territory] = codes[0]
    return out


def _local_signs() -> dict[str, list[str]]:
    """Each country's own signs for its legal tender, as the locales of its languages print them (Eswatini's "E",
    the Gambia's "D", Djibouti's "Fdj"); the code itself and signs of no letter or symbol left out."""
    from babel import Locale, localedata
    from babel.core import get_global
    from babel.numbers import get_currency_symbol

    known = set(localedata.locale_identifiers())
    out = {}
    for territory, code in _territory_currencies().items():
        signs = {get_currency_symbol(code, f"{language}_{territory}").strip("\u200e\u200f ")
                 for language in get_global("territory_languages").get(territory, {})
                 if f"{language}_{territory}" in known and Locale.parse(f"{language}_{territory}")}
        if signs := sorted(s for s in signs if s and s != code):
            out[territory] = signs
    return out


def _local_names() -> dict[str, list[str]]:
    """Each country's name for its money, as its invoices print it beside a total ("Dalasi", "Paʻanga", "franc"):
    the last word of its English name ("Gambian Dalasi") and the first of its name in the country's other languages
    ("Paʻanga fakatonga"); words of under four letters left out."""
    from babel import localedata
    from babel.core import get_global
    from babel.numbers import get_currency_name

    known = set(localedata.locale_identifiers())
    out = {}
    for territory, code in _territory_currencies().items():
        names = {get_currency_name(code, locale="en").split()[-1]}
        for language in get_global("territory_languages").get(territory, {}):
            if language != "en" and f"{language}_{territory}" in known:
                names.add(get_currency_name(code, locale=f"{language}_{territory}").split()[0])
        if names := sorted(n for n in names
                           if len(n) >= 4 and n != code and re.fullmatch(r"[^\W\d_]+", n.replace("ʻ", ""))):
            out[territory] = names
    return out


def _local_initials() -> dict[str, list[str]]:
    """The initials of each country's name for its money in its own languages other than English, when that name is
    two words of letters: the short sign francophone Africa prints ("franc djiboutien": "FD", "franc guinéen": "FG",
    "franc congolais": "FC"), which CLDR does not list as a sign."""
    from babel import localedata
    from babel.core import get_global
    from babel.numbers import get_currency_name

    known = set(localedata.locale_identifiers())
    out = {}
    for territory, code in _territory_currencies().items():
        initials = set()
        for language in get_global("territory_languages").get(territory, {}):
            if language != "en" and f"{language}_{territory}" in known:
                words = get_currency_name(code, locale=f"{language}_{territory}").split()
                if len(words) == 2 and all(re.fullmatch(r"[A-Za-zÀ-ÖØ-öø-ÿ]{3,}", w) for w in words):
                    initials.add((words[0][0] + words[1][0]).upper())
        if initials := sorted(i for i in initials if i != code[:2]):
            out[territory] = initials
    return out


def local_initials(country: str) -> tuple[str, ...]:
    """The initials of a country's two-word names for its money (`_local_initials`); () if none."""
    return tuple(_snapshot().get("local_initials", {}).get(country, ()))


def local_names(country: str) -> tuple[str, ...]:
    """A country's names for its money (`_local_names`); () if none."""
    return tuple(_snapshot().get("local_names", {}).get(country, ()))


@lru_cache(maxsize=1)
def money_names() -> frozenset[str]:
    """Every country's names for its money (`_local_names`), lower case, in the singular and the plural ("dollar",
    "dollars", "dalasi", "patacas")."""
    names = {n.casefold() for found in _snapshot().get("local_names", {}).values() for n in found}
    return frozenset(names | {n + "s" for n in names})


def local_signs(country: str) -> tuple[str, ...]:
    """The signs a country's own locales print for its money (`_local_signs`); () if none."""
    return tuple(_snapshot().get("local_signs", {}).get(country, ()))


def date_order(country: str, *, local: bool = True) -> str | None:
    """Which part a date printed in the country writes first: its English locale's (`_english_date_orders`), else
    (`local`) its likeliest locale's (`_local_date_orders`: Ethiopia's "10/02/2025" is 10 February); None if none."""
    country, snapshot = {"EL": "GR"}.get(country, country), _snapshot()
    return snapshot.get("english_date_order", {}).get(country) or (
        snapshot.get("local_date_order", {}).get(country) if local else None)


@lru_cache(maxsize=64)
def numeric_currency(number: str) -> str | None:
    """The money an ISO 4217 numeric code stands for ("643" -> "RUB": "Валюта: наименование, код | Российский рубль,
    643"), from pycountry (schwifty's own dependency); None if it is no code of money."""
    import pycountry

    found = pycountry.currencies.get(numeric=number) if re.fullmatch(r"\d{3}", number) else None
    return found.alpha_3 if found is not None and found.alpha_3 in ISO_4217 else None


@lru_cache(maxsize=64)
def currency_territories(code: str) -> tuple[str, ...]:
    """The countries that pay in a currency ("LKR" -> ("LK",), "EUR" -> many)."""
    return tuple(c for c, cur in _snapshot().get("territory_currency", {}).items() if cur == code)


def territory_currency(country: str) -> str | None:
    """The currency a country pays in ("MD" -> "MDL"; Greece's VAT prefix "EL" is "GR")."""
    country = {"EL": "GR"}.get(country, country)
    return _snapshot().get("territory_currency", {}).get(country)


def currency_names(code: str) -> tuple[str, ...]:
    """A currency's English names, one and several ("Falkland Islands Pound", "Falkland Islands pounds")."""
    return tuple(_snapshot().get("currency_names", {}).get(code, ()))


def named_currency_codes() -> tuple[str, ...]:
    """The currencies whose English names `currency_names` knows."""
    return tuple(_snapshot().get("currency_names", {}))


@lru_cache(maxsize=1)
def country_name_pattern() -> re.Pattern[str]:
    """A country's name as an address prints it, as written or in capitals ("Guyana", "GUYANA", "Brunei Darussalam"),
    in `NAME_LOCALES`; the group named after no country: look the name up in `country_names`."""
    return re.compile(r"(?<![^\W\d_])" + trie(list(country_names())) + r"(?![^\W\d_])")


def trie(words: list[str], tail: Callable[[str], str] = lambda word: "", _prefix: str = "") -> str:
    """An alternation of `words` as a trie ("A(?:fghanistan|l(?:bania|geria))"), longest first like a plain one
    sorted by length: a regex tries a thousand names' first letters at each position in one step, not one by one.
    `tail(word)` is the assertion that must hold after that word (a word of letters: no letter follows)."""
    children: dict[str, list[str]] = {}
    ends = False
    for word in words:
        if word:
            children.setdefault(word[0], []).append(word[1:])
        else:
            ends = True
    end = tail(_prefix) if ends else ""
    if not children:
        return end
    branches = [re.escape(ch) + trie(rest, tail, _prefix + ch) for ch, rest in sorted(children.items())]
    if end:
        return "(?:" + "|".join([*branches, end]) + ")"
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


# A special administrative region's name past its own ("Hong Kong SAR China", "RAE de Macao (China)"): pages print
# the short name.
_SAR = re.compile(r"^(?:Sonderverwaltungsregion|R\.A\.S\.\s+chinoise\s+de|RAE\s+de)\s+"
                  r"|,?\s+(?:SAR|RAE)\b.*$|\s*\(China\)$")


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Country name (as written, and in capitals) -> ISO 3166 code, from CLDR; names of under four letters and
    names two countries share are left out. CLDR's "St. Helena" is also read as pages print it, "St Helena"."""
    table: dict[str, set[str]] = {}
    for by_code in _snapshot()["territory_names"].values():
        for code, name in by_code.items():
            short = _SAR.sub("", name)  # "Macao SAR China", "Macau, RAE da China": "Macao", "Macau"
            names = {name, short} if len(short) >= 4 else {name}
            for each in names | {re.sub(r"^St\. ", "St ", n) for n in names}:
                for variant in {each, each.upper()}:
                    table.setdefault(variant, set()).add(code)
    return {name: next(iter(codes)) for name, codes in table.items() if len(codes) == 1}


@lru_cache(maxsize=1)
def _snapshot() -> dict[str, Any]:
    return json.loads(SNAPSHOT.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def month_numbers() -> dict[str, int]:
    """Month name (lower case, no trailing dot, also without accents) -> month number, from the
    wide and abbreviated, format and stand-alone names of `LOCALES` and `MONTH_LOCALES`; a name two months share
    in different languages is dropped."""
    table: dict[str, set[int]] = {}
    for by_kind in _snapshot()["months"].values():
        for names in by_kind.values():
            for month, name in names.items():
                key = name.lower().rstrip(".").strip()
                for variant in {key, _unaccented(key), _transliterated(key)}:
                    if len(variant) >= 3:
                        table.setdefault(variant, set()).add(int(month))
    return {name: next(iter(months)) for name, months in table.items() if len(months) == 1}


@lru_cache(maxsize=1)
def _month_stems() -> dict[str, int]:
    """Every beginning of four letters or more of a known month name -> its month, when all names it begins are one
    month's ("septemb" -> 9; "ma" is March's and May's)."""
    table: dict[str, set[int]] = {}
    for name, month in month_numbers().items():
        for end in range(4, len(name) + 1):
            table.setdefault(name[:end], set()).add(month)
    return {stem: next(iter(months)) for stem, months in table.items() if len(months) == 1}


@lru_cache(maxsize=1024)
def inflected_month(name: str) -> int | None:
    """A month's name in a case CLDR does not list, by its stem: Latvian "septembrī" (in September) is the
    "septembr-" of "septembris", "martā" the "mart-" of "marts"; its last one or two letters are the case's ending."""
    name = name.lower()
    for cut in (1, 2):
        if len(name) - cut >= 4 and (month := _month_stems().get(name[:-cut])) is not None:
            return month
    if name.endswith(("бра", "bra")):  # Serbian and Croatian drop the "a" of "-бар": "19. децембра" of "децембар"
        whole = name[:-3] + ("бар" if name[-3] == "б" else "bar")
        return month_numbers().get(whole) or more_month_numbers().get(whole)
    return month_numbers().get(name[:-1]) if len(name) == 4 else None  # a short name's case: "маја" of "мај"


@lru_cache(maxsize=1)
def more_month_numbers() -> dict[str, int]:
    """Month name -> number in the languages `month_numbers` does not read (`_more_month_names`), none of its names
    among them: read only in a date with its four-digit year ("15 Here 2026", Breton for October), as such a name may
    be a word elsewhere."""
    known = month_numbers()
    return {name: month for name, month in _snapshot().get("more_months", {}).items() if name not in known}


@lru_cache(maxsize=1)
def weekday_pattern() -> re.Pattern[str]:
    """A weekday name (wide or abbreviated, `LOCALES`) opening a date, with its comma: "Monday,
    March 3, 2025", "Montag, 3. März 2025", "lundi 3 mars 2025"."""
    names: set[str] = set()
    for by_width in _snapshot()["days"].values():
        for day_names in by_width.values():
            for name in day_names:
                key = name.lower().rstrip(".")
                if len(key) >= 2:
                    names.update({key, _unaccented(key)})
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?:{alternatives})\.?,?\s+(?=\d|[^\W\d_]{{3}})", re.IGNORECASE)


@lru_cache(maxsize=1)
def weekday_numbers() -> dict[str, int]:
    """Weekday name (wide, lower case, also without accents) -> Python's weekday (Monday 0); CLDR's lists
    open with Sunday. A name two weekdays share in different languages is dropped."""
    table: dict[str, set[int]] = {}
    for by_width in _snapshot()["days"].values():
        for i, name in enumerate(by_width["wide"]):
            for variant in {name.lower(), _unaccented(name.lower())}:
                table.setdefault(variant, set()).add((i - 1) % 7)
    return {name: next(iter(days)) for name, days in table.items() if len(days) == 1}


def _unaccented(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _transliterated(text: str) -> str:
    """German umlauts as typewriters wrote them: "märz" -> "maerz"."""
    return text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")


@lru_cache(maxsize=1)
def currency_signs() -> dict[str, tuple[str, ...]]:
    """Sign -> the codes it may stand for, most likely first: CLDR's symbols for the codes of
    `SIGN_LOCALES` (their own locales' and English's) and `EXTRA_SIGNS`."""
    out: dict[str, list[str]] = {}
    signs = _snapshot()["signs"]
    for code, locales in SIGN_LOCALES.items():
        for locale in locales + ("en",):
            sign = signs[code][locale].strip("\u200e\u200f ")
            if sign and sign != code and not re.fullmatch(r"[A-Z]{3}", sign):
                codes = out.setdefault(sign, [])
                if code not in codes:
                    codes.append(code)
    for sign, codes in {**EXTRA_SIGNS, **GLUED_SIGNS}.items():  # first: the likelier reading ("Rs." is India's)
        out[sign] = [*codes, *(c for c in out.get(sign, ()) if c not in codes)]
    for sign in list(out):  # as typed: "soʻm" as "so'm" or "so’m", "F\u202fCFA" as "F CFA"
        spaced = re.sub("[\u202f\u00a0]", " ", sign)
        for typed in {sign.replace("\u02bb", "'"), sign.replace("\u02bb", "\u2019"), spaced}:
            out.setdefault(typed, list(out[sign]))
    first = {"$": "USD", "¥": "JPY", "kr": "SEK", "R": "ZAR"}  # the reading when the page says no more
    return {sign: tuple(sorted(codes, key=lambda c: c != first.get(sign))) for sign, codes in out.items()}


@lru_cache(maxsize=1)
def sign_pattern() -> re.Pattern[str]:
    """One pattern for every sign, longest first; a sign of letters only stands alone
    ("1 234,56 zł", "kr 120"), never inside a word."""
    signs = list(currency_signs())
    alone = r"(?![^\W\d_])"

    def tail(sign: str) -> str:
        return GLUED_AMOUNT if sign in GLUED_SIGNS else alone if sign[-1].isalpha() else ""

    lettered = trie([s for s in signs if s[0].isalpha()], tail)
    other = trie([s for s in signs if not s[0].isalpha()], tail)
    return re.compile(rf"(?<![^\W\d_]){lettered}|{other}")


if __name__ == "__main__":  # after a babel upgrade changes CLDR: write the snapshot again
    SNAPSHOT.write_text(json.dumps(snapshot_from_babel(), ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                        encoding="utf-8")
    print(f"wrote {SNAPSHOT}")
