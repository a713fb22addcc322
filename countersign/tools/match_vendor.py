"""match_vendor: find the issuer of an invoice in the vendor master.

Strongest evidence first: tax id, then bank account (IBAN), then the name with legal suffixes
removed. A weak name match is not a match: an unknown vendor must surface as one, never be
quietly attached to a look-alike.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from countersign.domain import ExtractedInvoice, Vendor, VendorMatch

NAME_THRESHOLD = 0.9
_LEGAL_SUFFIXES = {
    "ltd", "limited", "inc", "incorporated", "llc", "llp", "corp", "corporation", "co", "company",
    "gmbh", "ag", "kg", "sa", "sas", "sarl", "bv", "nv", "plc", "pty", "srl", "spa", "oy", "ab",
}


def normalize_id(value: str | None) -> str:
    return re.sub(r"[^0-9A-Z]", "", (value or "").upper())


def normalize_name(name: str | None) -> str:
    words = re.sub(r"[^0-9a-z ]", " ", (name or "").lower()).split()
    return " ".join(w for w in words if w not in _LEGAL_SUFFIXES)


def match_vendor(invoice: ExtractedInvoice, vendors: list[Vendor]) -> VendorMatch:
    """The vendor the invoice comes from, with the method and a score in [0, 1]."""
    tax_id = normalize_id(invoice.value("vendor_tax_id"))
    if tax_id:
        for vendor in vendors:
            if normalize_id(vendor.tax_id) == tax_id:
                return VendorMatch(vendor=vendor, method="tax_id", score=1.0)
    iban = normalize_id(invoice.value("vendor_iban"))
    if iban:
        for vendor in vendors:
            if normalize_id(vendor.iban) == iban:
                return VendorMatch(vendor=vendor, method="iban", score=0.95)
    name = normalize_name(invoice.value("vendor_name"))
    if name:
        scored = [(SequenceMatcher(None, name, normalize_name(v.name)).ratio(), v) for v in vendors]
        if scored:
            score, vendor = max(scored, key=lambda pair: pair[0])
            if score >= NAME_THRESHOLD:
                return VendorMatch(vendor=vendor, method="name", score=round(score * 0.9, 3))
    return VendorMatch()
