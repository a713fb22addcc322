"""Which countries a page names: the country prefixes of its VAT ids and IBANs, its national tax ids that say their
country, the countries its international telephone numbers dial and its addresses name (CLDR's country names). A
currency sign several countries share ("$", "Rs.") is read by them (totals.read_currency)."""

from __future__ import annotations

import re

from countersign.extraction.cldr import country_name_pattern, country_names
from countersign.extraction.layout import Segment

_COUNTRY_ID = re.compile(r"\b([A-Z]{2})\s?\d{2}[\s\dA-Z]{8,30}\b|\b([A-Z]{2})\s?\d{8,12}")


# National tax ids that name their country: a Canadian business number with its GST/HST account
# ("275485761 RT0001"), a Chilean RUT ("76.394.037-3"), an Argentine CUIT ("30-71234567-8"), a
# Mexican RFC, an Icelandic kennitala ("680582-5720": "kr" is then the krona), an Ecuadorian RUC
# ("1792619525001": a page that prints no currency is then in dollars), a Philippine TIN with its branch code
# ("272-139-073-000"), a Vietnamese tax code behind its label; all but the Canadian and the Philippine one only when
# python-stdnum accepts their check digit.
_NATIONAL_IDS = (("CA", re.compile(r"(?<![\d.])\d{9}\s?R[TC]\d{4}\b"), None),
                 ("CL", re.compile(r"(?<![\d.])\d{1,2}\.\d{3}\.\d{3}-[\dkK](?![\w.])"), "stdnum.cl.rut"),
                 ("AR", re.compile(r"(?<![\d-])\d{2}-\d{8}-\d(?![\d-])"), "stdnum.ar.cuit"),
                 # a Mexican RFC under its label, or with its check digit right ("CAL000830393" is a Californian
                 # licence's number of the same shape)
                 ("MX", re.compile(r"\bRFC\b[^\x00\w]{0,6}([A-ZÑ&]{3,4}\d{6}[A-Z\d]{3})\b"), "stdnum.mx.rfc"),
                 ("MX", re.compile(r"\b[A-ZÑ&]{3,4}\d{6}[A-Z\d]{3}\b"), "checked:stdnum.mx.rfc"),
                 ("IS", re.compile(r"(?<![\d-])\d{6}-\d{4}(?![\d-])"), "stdnum.is_.kennitala"),  # a kennitala
                 ("EC", re.compile(r"(?<![\d.])\d{10}001(?!\d)"), "stdnum.ec.ruc"),  # Ecuador's RUC (001: main office)
                 ("PH", re.compile(r"(?<![\d-])\d{3}-\d{3}-\d{3}-\d{3,5}(?![\d-])"), None),  # a Philippine TIN, branch
                 # the Nordic business registers' numbers behind their labels (the number alone is checked)
                 ("DK", re.compile(r"\bCVR[-\s]?(?:nr\.?|nummer)?\s*:?\s*(\d{2}\s?\d{2}\s?\d{2}\s?\d{2})\b", re.I),
                  "stdnum.dk.cvr"),
                 ("NO", re.compile(r"\bOrg\.?\s?n[ro]\.?\s*:?\s*(\d{3}\s?\d{3}\s?\d{3})\b", re.I), "stdnum.no.orgnr"),
                 ("SE", re.compile(r"\bOrg\.?\s?nr\.?\s*:?\s*(\d{6}-?\d{4})\b", re.I), "stdnum.se.orgnr"),
                 ("FI", re.compile(r"\bY-tunnus\s*:?\s*(\d{7}-\d)\b", re.I), "stdnum.fi.ytunnus"),
                 ("CO", re.compile(r"\bNIT\.?\s*:?\s*(\d{3}\.\d{3}\.\d{3}-\d)(?![\d-])"), "stdnum.co.nit"),  # dotted
                 ("AU", re.compile(r"\bABN\s*:?\s*(\d{2}\s?\d{3}\s?\d{3}\s?\d{3})(?!\d)"), "stdnum.au.abn"),
                 ("IN", re.compile(r"\bGSTIN\s*:?\s*(\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z])\b"), "stdnum.in_.gstin"),
                 ("PK", re.compile(r"\bNTN\s*(?:No\.?)?\s*:?\s*\d{7}-\d\b"), None),  # Pakistan's national tax number
                 ("VN", re.compile(r"(?:\bM[ãa]\s*s[ốo]\s*thu[ếe]|\bMST)[^\d\x00]{0,20}?(\d{10}(?:-\d{3})?)(?!\d)",
                                   re.I), "stdnum.vn.mst"))  # "Mã số thuế (Tax code): 0259923887"


def country_hints(segments: list[Segment]) -> set[str]:
    """Countries the page's VAT ids and IBANs name ("NO 995 525 828 MVA", "SE45 5000 ..."), its
    national tax ids that say their country (`_NATIONAL_IDS`), as "+LK", those its telephone
    numbers dial, and as "@GY", those its addresses name ("Essequibo Coast, Guyana")."""
    text = "\x00".join(seg.text for seg in segments)  # each pattern once over the page; no match spans a NUL
    out = _dialled(text)
    out |= {f"@{country_names()[m.group(0)]}" for m in country_name_pattern().finditer(text)
            if not _an_islands_name(text, m)}
    for m in _COUNTRY_ID.finditer(text):
        out.add(m.group(1) or m.group(2))
    for country, pattern, validator in _NATIONAL_IDS:
        if any(_valid(validator, m.group(m.lastindex or 0)) for m in pattern.finditer(text)):
            out.add(country)
    return out | _banks_countries(text)


# A bank's code behind its label: "SWIFT CCEYLKLX", "BIC: CGDIPTPL", "SWIFT/BIC code DEUTDEFF500"
_BIC = re.compile(r"\b(?i:SWIFT|BIC)(?:\s*/\s*(?i:SWIFT|BIC))?(?:[\s-]*(?i:code))?\s*:?\s*"
                  r"([A-Z]{6}[A-Z\d]{2}(?:[A-Z\d]{3})?)\b")


def _banks_countries(text: str) -> set[str]:
    """As "@" and its ISO code, the country of each bank whose BIC the page prints after its label (schwifty checks
    the country part): a place the page names, as an address is ("SWIFT CCEYLKLX": Sri Lanka, where "Rs." is then the
    rupee), weaker than an id, since an intermediary bank may be abroad."""
    from schwifty import BIC
    from schwifty.exceptions import SchwiftyException

    out = set()
    for m in _BIC.finditer(text):
        try:
            out.add(f"@{BIC(m.group(1).upper()).country_code}")
        except SchwiftyException:
            continue
    return out


def _valid(validator: str | None, value: str) -> bool:
    """Whether python-stdnum's module `validator` takes the value ("checked:" before it: with its check digits
    validated too, which some modules skip by default); no validator takes any."""
    import importlib

    if validator is None:
        return True
    module = importlib.import_module(validator.removeprefix("checked:"))
    return module.is_valid(value, True) if validator.startswith("checked:") else module.is_valid(value)


def address_countries(segments: list[Segment]) -> set[str]:
    """"@" and the ISO code of each country whose name ends a segment, maybe before a postcode, as an address's last
    part does ("Tamuning, Guam 96913", "Vaiala, Apia, Samoa"); a street named after a country ("Av. de los Shyris y
    Portugal, Quito") or a country in a sentence is no address's."""
    out: set[str] = set()
    for seg in segments:
        for m in country_name_pattern().finditer(seg.text):
            if not _an_islands_name(seg.text, m) \
                    and re.fullmatch(r"[\s.]*(?:[A-Z]{0,3}[\s-]?\d[\d\s-]{2,9})?\.?", seg.text[m.end():]):
                out.add(f"@{country_names()[m.group(0)]}")
    return out


def _an_islands_name(text: str, m: re.Match[str]) -> bool:
    """Whether a country's name is the English word ending an island's name ("St Helena Island", "Norfolk Island"),
    not Iceland's German name ("Reykjavík, Island")."""
    return m.group(0).casefold() == "island" and re.search(r"[^\W\d_]\s$", text[:m.start()]) is not None


_PHONE = re.compile(r"(?<![\w+<])\+\s?\d[\d\s\-.()/]{6,18}\d(?![\d.,<])")  # "+94 76 128 0296", no "+ 61.20"
# (nor a Nordic payment line's fields between "<" and "+": "FIK +71<551288305401400<+32481824<")


def _dialled(text: str) -> set[str]:
    """The countries of the international telephone numbers in `text` ("+94 76 128 0296": LK), each
    as "+" and its ISO code; a calling code shared by several countries names the one the number's area code is of
    ("+1 268": AG), else its main one ("+1": US)."""
    import phonenumbers

    out = set()
    for m in _PHONE.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if len(digits) < 8 or re.search(r"[.,]\d{2}$", m.group(0)):
            continue  # an amount added ("+ 1,234.50"), no telephone number
        for k in (1, 2, 3):  # calling codes are prefix-free: the first prefix that is one is the code
            if (region := phonenumbers.region_code_for_country_code(int(digits[:k]))) != "ZZ":
                if len(phonenumbers.region_codes_for_country_code(int(digits[:k]))) > 1:
                    region = _area_region(phonenumbers, digits) or region  # "+1 (268)": Antigua's
                out |= {f"+{region}"} if region != "001" else set()  # "+44": GB (its main country)
                break
    return out


def _area_region(phonenumbers, digits: str) -> str | None:
    """The country of a number whose calling code several share, by its area code ("+1 268 ...": AG); None if the
    number says none."""
    try:
        return phonenumbers.region_code_for_number(phonenumbers.parse("+" + digits))
    except phonenumbers.NumberParseException:
        return None
