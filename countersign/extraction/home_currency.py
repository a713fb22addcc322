"""The currency of an invoice that prints none: its vendor's country's, unsurely.

Many invoices print no code or sign at all (a Moldovan factura, a Philippine booklet): their amounts
are in the vendor's home currency. When the page names no currency, the country of the vendor's own
IBAN or checked VAT number gives it (CLDR's legal tender, `cldr.territory_currency`), at 0.6 and
with a warning, for a clerk to confirm; when those two name different countries, nothing. With neither, the one
currency of the countries the page's addresses end with ("Tamuning, Guam 96913"), its telephone numbers dial and its
ids name gives it the same way; countries of two currencies give nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Set as AbstractSet

from countersign.domain import FieldValue
from countersign.extraction.cldr import territory_currency
from countersign.extraction.ids import compact, iban_ok, tax_id_valid, vat_format

GUESS = 0.6


def home_currency(fields: dict[str, FieldValue], warnings: list[str], hints: AbstractSet[str] = frozenset()
                  ) -> FieldValue:
    """The vendor's country's currency for a page that prints none; an empty field if unknown. `hints`: the
    countries the page names (`countries.country_hints`), used when no IBAN or VAT number says one."""
    countries = {}
    iban = fields.get("vendor_iban", FieldValue())
    if iban.value and iban_ok(compact(iban.value)):
        countries[compact(iban.value)[:2].upper()] = iban
    tax_id = fields.get("vendor_tax_id", FieldValue())
    if tax_id.value and vat_format(tax_id.value) and tax_id_valid(tax_id.value):
        countries[compact(tax_id.value)[:2].upper()] = tax_id
    countries = {c: fv for c, fv in countries.items() if c.isalpha()}  # ("66-1332774": a number, no country)
    if not countries and hints:
        return _named_country(hints, warnings)
    if (code := _one_currency(countries)) is None:
        return FieldValue()
    source = next(iter(countries.values()))
    warnings.append(f"no currency printed; {code} taken from the vendor's country ({', '.join(sorted(countries))})")
    return FieldValue(value=code, confidence=GUESS, evidence=source.evidence)


def _named_country(hints: AbstractSet[str], warnings: list[str]) -> FieldValue:
    """The currency of every country the page's addresses, telephone numbers and ids name, when they all pay in one
    ("Tamuning, Guam 96913": USD), at 0.6; nothing when they name none or several currencies."""
    named = sorted({hint.lstrip("+@") for hint in hints})
    if (code := _one_currency(named)) is None:
        return FieldValue()
    warnings.append(f"no currency printed; {code} taken from the country the page names ({', '.join(named)})")
    return FieldValue(value=code, confidence=GUESS)


def _one_currency(countries: Iterable[str]) -> str | None:
    """The legal tender the countries share; None when they name none, several, or one CLDR does not know."""
    codes = {territory_currency(c) for c in countries}
    return codes.pop() if len(codes) == 1 and None not in codes else None
