"""Bank and tax identifiers: IBANs checked by schwifty, tax ids by their shape and python-stdnum.

An IBAN is the vendor's only if it is a real one: the country's length and BBAN structure and the
mod-97 check digits (schwifty), not a hand table of lengths. A tax id has a known shape (an EU VAT
number, a UK or Swiss or Norwegian VAT number, a US EIN, an Indian GSTIN, a Japanese invoice
registration number, a Canadian business number with its GST/HST account, an Australian ABN, an
Indonesian NPWP, a French SIRET or SIREN) and, where it has one, a check digit that python-stdnum
verifies. Sample invoices often print ids that fail the check ("DE123456789"), so a failed check
never rejects a labelled value; a passed check is evidence, and the only way an unlabelled number
counts as a tax id.
"""

from __future__ import annotations

import re
from functools import lru_cache

from countersign.extraction.layout import right_to_left

# A Swiss VAT number's suffix, in German, French, Italian or Romansh ("CHE-123.456.789 MWST"): part of the number
SWISS_VAT_SUFFIX = r"MWST|TVA|IVA|TPV"
# Shapes, on the id with spaces and dots removed (upper case): kind -> pattern.
_SHAPES: dict[str, re.Pattern[str]] = {
    "eu_vat": re.compile(r"(?:AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK"
                         r"|XI)[-0-9A-Z]{8,14}"),
    "gb_vat": re.compile(r"GB(?:\d{9}|\d{12}|GD\d{3}|HA\d{3})"),
    "ch_uid": re.compile(rf"CHE-?\d{{3}}\.?\d{{3}}\.?\d{{3}}(?:{SWISS_VAT_SUFFIX})?"),
    "no_mva": re.compile(r"(?:NO)?\d{9}MVA"),
    "us_ein": re.compile(r"\d{2}-\d{7}"),
    "in_gstin": re.compile(r"\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]"),
    "jp_invoice": re.compile(r"T\d{13}"),  # a qualified invoice issuer's registration number: T + corporate number
    "ca_bn": re.compile(r"\d{9}R[TCPR]\d{4}"),  # a business number with its program account: GST/HST is RT0001
    "id_npwp": re.compile(r"\d{9}-\d{6,7}"),  # Indonesia's NPWP, "01.234.567.8-901.000" (16 digits since 2024)
    "au_abn": re.compile(r"\d{11}"),
    "fr_siret": re.compile(r"\d{14}"),
    "fr_siren": re.compile(r"\d{9}"),
}
_VALIDATORS = {"eu_vat": "stdnum.eu.vat", "gb_vat": "stdnum.gb.vat", "ch_uid": "stdnum.ch.uid",
               "no_mva": "stdnum.no.mva", "us_ein": "stdnum.us.ein", "in_gstin": "stdnum.in_.gstin",
               "jp_invoice": "stdnum.jp.cn", "ca_bn": "stdnum.ca.bn", "au_abn": "stdnum.au.abn",
               "id_npwp": "stdnum.id.npwp", "fr_siret": "stdnum.fr.siret", "fr_siren": "stdnum.fr.siren"}
# Shapes of plain digits say nothing alone: only with a label naming them, or a passed check.
DIGITS_ONLY = frozenset({"au_abn", "fr_siret", "fr_siren"})
# What python-stdnum's validators do not take: a Swiss suffix, the "T" before a Japanese corporate number.
_NOT_FOR_STDNUM = re.compile(rf"(?:{SWISS_VAT_SUFFIX})$|^T(?=\d{{13}}$)")


def compact(value: str) -> str:
    return re.sub(r"[\s.]", "", value).upper()


def tax_id_kind(value: str) -> str | None:
    """The kind of tax id this value is shaped like (`_SHAPES`), or None."""
    text = compact(value)
    for kind, shape in _SHAPES.items():
        if shape.fullmatch(text):
            return kind
    return None


def same_number(a: str, b: str) -> bool:
    """Whether two tax ids are one company's: equal, or one's digits inside the other's (a SIREN
    inside the French VAT number, a Y-tunnus inside the Finnish one, a Sri Lankan TIN in its VAT number)."""
    da, db = re.sub(r"\D", "", a), re.sub(r"\D", "", b)
    return min(len(da), len(db)) >= 6 and (da in db or db in da)


def vat_format(value: str) -> bool:
    """Whether a tax id has a known shape that is not just digits: a VAT number (EU, UK, Swiss,
    Norwegian), a US EIN, an Indian GSTIN."""
    kind = tax_id_kind(value)
    return kind is not None and kind not in DIGITS_ONLY


def vat_shaped(value: str) -> bool:
    """`vat_format`, and for an EU country prefix the country's length and format as python-stdnum
    knows them, a bad check digit or part aside (a sample's "IT12345678901"): what makes a tax id sure
    (a Mexican RFC "CZC211028Y2S" or "HRQ040812TTT" is no Czech or Croatian VAT number; it may still
    be the vendor's, below 0.9)."""
    from stdnum.exceptions import InvalidFormat, InvalidLength

    return vat_format(value) and (tax_id_kind(value) != "eu_vat"
                                  or _stdnum_error(value) not in (InvalidFormat, InvalidLength))


def tax_id_valid(value: str) -> bool:
    """Whether python-stdnum accepts the value as the tax id its shape says it is (check digits
    included)."""
    return tax_id_kind(value) is not None and _stdnum_error(value) is None


def tax_id_well_formed(value: str) -> bool:
    """Whether python-stdnum finds the value the length and format of the tax id its shape says
    it is, its check digits aside ("DE 123456 789" is; "DE 123456 789 2024" is not)."""
    from stdnum.exceptions import InvalidChecksum

    return tax_id_kind(value) is not None and _stdnum_error(value) in (None, InvalidChecksum)


@lru_cache(maxsize=2048)
def _stdnum_error(value: str) -> type[Exception] | None:
    """What python-stdnum's validator of the value's kind raises on it (None when it passes, or the
    value has no kind): a validator's own trouble counts as a failed check."""
    import importlib

    kind = tax_id_kind(value)
    if kind is None:
        return None
    try:
        importlib.import_module(_VALIDATORS[kind]).validate(_NOT_FOR_STDNUM.sub("", compact(value)))
    except Exception as error:  # noqa: BLE001 - any trouble is a failed check; its kind says which
        return type(error)
    return None


@lru_cache(maxsize=2048)
def iban_ok(iban: str) -> bool:
    """An IBAN whose country length, BBAN structure and check digits schwifty accepts."""
    from schwifty import IBAN
    from schwifty.exceptions import SchwiftyException

    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", iban):
        return False
    try:
        IBAN(iban)
    except (SchwiftyException, ValueError):
        return False
    return True


@lru_cache(maxsize=128)
def iban_length(country: str) -> int | None:
    """The IBAN length of a country (schwifty's registry), None for a country without IBANs."""
    from schwifty import registry

    try:
        spec = registry.get_iban_spec(country)
    except Exception:  # noqa: BLE001 - no such country in the registry
        return None
    length = spec.get("iban_length") if isinstance(spec, dict) else getattr(spec, "iban_length", None)
    return int(length) if length else None


_PHONE_WORD = re.compile(r"(?:tel|tél|phone|telefon|telephone|téléphone|fax|mob|mobile|cell|טל|טלפון|פקס|هاتف|جوال"
                         r"|تلفن|тел|телефон)[.:׳']*", re.IGNORECASE)


def after_a_telephone(texts: list[str], i: int, n: int) -> bool:
    """Whether the words `texts[i:i+n]` (an id's shape: "03-7988539" is a US employer number's) follow a telephone's
    word: the word before them, or after them on a right-to-left line (read from the right: "טל׳ 03-7988539" shows
    as "03-7988539 טל׳", its mark maybe moved: "03-7988539 ' טל"), past a mark or two."""
    before = next((t for t in reversed(texts[max(0, i - 3):i]) if any(c.isalnum() for c in t)), "")
    after = next((t for t in texts[i + n:i + n + 3] if any(c.isalnum() for c in t)), "")
    return bool(_PHONE_WORD.fullmatch(before) or right_to_left(after) and _PHONE_WORD.fullmatch(after))
