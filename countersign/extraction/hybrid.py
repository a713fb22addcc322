"""The hybrid check: an e-invoice's XML against its printed page.

A Factur-X / ZUGFeRD PDF carries its values twice, in the XML and on the page, and a tampered or
careless file can make them differ. The XML is what is reported (method "einvoice"); this module
says where the page does not print the XML's vendor, invoice number, invoice date or total, as
`EINVOICE_PAGE_MISMATCH: field ...` warnings, which the policy layer turns into a review.
`PrintedValues` collects what the page prints: amounts, dates (both readings of an ambiguous one),
identifiers without punctuation, and its lines for names. An XML that lacks a field never blanks
it: `fill_from_page` takes the page's reading of it, and says so.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from countersign.domain import ExtractedInvoice
from countersign.extraction.einvoice import MISMATCH_PREFIX
from countersign.extraction.layout import PageLayout, join_words
from countersign.extraction.values import parse_amount, parse_date, sign_codes, sign_pattern


class PrintedValues:
    """What the printed pages say, for checking an e-invoice's values against them."""

    def __init__(self, pages: list[PageLayout]) -> None:
        self.amounts: set[Decimal] = set()
        self.dates: set[date] = set()
        lines = [join_words(line.words) for p in pages for line in p.lines]
        self.raw = lines
        self.lines = [ln.casefold() for ln in lines]
        self.compact = "".join(ch for ln in lines for ch in ln.upper() if ch.isalnum())
        for p in pages:
            for line in p.lines:
                words = [w.text for w in line.words]
                for i in range(len(words)):
                    for n in (1, 2, 3):
                        if i + n > len(words):
                            break
                        text = " ".join(words[i:i + n])
                        parsed = parse_amount(text)
                        if parsed is not None:
                            self.amounts.add(abs(parsed[0]))
                        day = parse_date(text)
                        if day is not None:
                            self.dates.add(day[0])
                            if day[1]:  # ambiguous slash date: the other reading too
                                d = day[0]
                                try:
                                    self.dates.add(date(d.year, d.day, d.month))
                                except ValueError:
                                    pass
                    token = words[i].strip(".,;:()")
                    day = parse_date(token)
                    if day is not None:
                        self.dates.add(day[0])

    def has_amount(self, value: str) -> bool:
        return abs(Decimal(value)) in self.amounts

    def has_date(self, value: str) -> bool:
        return date.fromisoformat(value) in self.dates

    def has_identifier(self, value: str) -> bool:
        key = "".join(ch for ch in value.upper() if ch.isalnum())
        return bool(key) and key in self.compact

    def has_name(self, value: str) -> bool:
        """On a line as printed (case-insensitive), or nearly so (rapidfuzz partial ratio >= 90)."""
        from rapidfuzz import fuzz

        name = " ".join(value.casefold().split())
        if not name:
            return False
        if any(name in line for line in self.lines):
            return True
        return any(fuzz.partial_ratio(name, line) >= 90 for line in self.lines
                   if len(line) >= 0.6 * len(name))

    def prints(self, name: str, value: str | None) -> bool:
        """Whether the page prints this value of this field somewhere."""
        if value is None:
            return False
        if name in ("subtotal", "tax", "total"):
            return self.has_amount(value)
        if name in ("invoice_date", "due_date"):
            return self.has_date(value)
        if name == "vendor_name":
            return self.has_name(value)
        if name == "currency":
            return value in self.compact or any(
                value in sign_codes(m.group(0)) for line in self.raw for m in sign_pattern().finditer(line))
        return self.has_identifier(value)


COMPARED_FIELDS = ("vendor_name", "invoice_number", "invoice_date", "total")


def compare_with_page(xml_result: ExtractedInvoice, page_result: ExtractedInvoice,
                      pages: list[PageLayout]) -> list[str]:
    """`EINVOICE_PAGE_MISMATCH: field …` warnings where the printed page does not carry the
    XML's vendor, invoice number, invoice date or total (the policy layer raises a review)."""
    printed = PrintedValues(pages)
    out = []
    for name in COMPARED_FIELDS:
        xml_value = xml_result.value(name)
        if xml_value is None or printed.prints(name, xml_value):
            continue
        page_value = page_result.value(name)
        said = page_value if page_value is not None else "nothing readable"
        out.append(f"{MISMATCH_PREFIX}: field {name}: page says {said}, XML says {xml_value}")
    return out


# Fields every invoice has: the page's reading fills them whenever the XML lacks them. The others
# (a PO number, a due date, a tax id) an e-invoice often leaves out on purpose, and a page may
# print them under other names ("Your order AB321" for the XML's BuyerReference): the XML's
# silence stands there.
REQUIRED_FIELDS = ("vendor_name", "invoice_number", "invoice_date", "currency", "subtotal", "tax", "total")
# The vendor's address is never posted and the page prints it under the vendor's name, as the XML would carry it.
PAGE_EXTRAS = ("vendor_address",)


def fill_from_page(xml_result: ExtractedInvoice, page_result: ExtractedInvoice) -> list[str]:
    """Required fields (and the vendor's address) and line items the e-invoice XML lacks, taken from the printed
    page's reading in place, with one warning each (returned)."""
    out = []
    for name in (*REQUIRED_FIELDS, *PAGE_EXTRAS):
        page = page_result.fields.get(name)
        if xml_result.value(name) is not None or page is None or page.value is None:
            continue
        xml_result.fields[name] = page.model_copy(deep=True)
        out.append(f"{name}: not in the e-invoice XML; {page.value} read from the printed page")
    if not xml_result.line_items and page_result.line_items:
        xml_result.line_items = [item.model_copy(deep=True) for item in page_result.line_items]
        out.append(f"line items: none in the e-invoice XML; {len(page_result.line_items)} read from the "
                   "printed page")
    return out
