"""match_vendor: find the issuer of an invoice in the vendor master.

Strongest evidence first: tax id, then bank account (IBAN), then the name, compared with
rapidfuzz after legal suffixes are removed ("Acme Tools Limited" == "ACME TOOLS LTD."). A weak
or ambiguous name match is not a match: an unknown vendor must surface as one (VENDOR_UNKNOWN,
and a `create_vendor` proposal built by `create_vendor_payload`), never be quietly attached to a
look-alike.

The vendor master is reached through a `VendorLookup`, so 100,000 vendors are never loaded to
match one invoice: `ports.ListVendorLookup` wraps an in-memory list (tests, small ledgers, any
ERP that only lists), the local ledger's `SqlVendorLookup` answers from its indexed normalized
columns (`tax_id_norm`, `iban_norm`, `name_norm`; migration 0002). Name candidates are the vendors whose
normalized name shares the invoice name's first word and sorts nearest to it (an index range
each way), so a typo in the first word gives "unknown" (the safe side), not a wrong vendor.
Example: vendors [V001 "Acme Tools Ltd", tax id 12-3456789]; an invoice printing "ACME TOOLS
LIMITED" with no tax id and no IBAN matches V001 by name (score 0.9 = 1.0 x 0.9); "Acme Toolz
Inc" scores 0.9 x 0.95 and matches; "Acme Catering" does not (unknown).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rapidfuzz import fuzz

from countersign.domain import (
    ExtractedInvoice,
    Vendor,
    VendorMatch,
    canonical_json,
    normalize_id,
    normalize_name,
    sha256_hex,
)
from countersign.policies.rules.vendor import iban_problem, tax_id_check
from countersign.ports import ListVendorLookup, VendorLookup

NAME_THRESHOLD = 0.9  # normalized-name similarity needed for a name match
AMBIGUITY_MARGIN = 0.02  # two different vendors this close to the best score: ambiguous, no match


def name_similarity(a: str, b: str) -> float:
    """Similarity in [0, 1] of two normalized names: the better of plain and word-order-free ratios."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    return max(fuzz.ratio(a, b), fuzz.token_sort_ratio(a, b)) / 100.0


def _unique(vendors: Sequence[Vendor]) -> Vendor | None:
    """The one vendor, or None when none or several distinct vendors share the key."""
    ids = {v.id for v in vendors}
    return vendors[0] if len(ids) == 1 else None


def match_vendor(invoice: ExtractedInvoice, vendors: Sequence[Vendor] | VendorLookup) -> VendorMatch:
    """The vendor the invoice comes from, with the method and a score in [0, 1].

    `vendors` is a list (wrapped in `ListVendorLookup`) or any `VendorLookup`. Tax id (score
    1.0), then IBAN (0.95), then name: the best candidate at NAME_THRESHOLD or above, unless a
    different vendor scores within AMBIGUITY_MARGIN of it (score = similarity x 0.9). A tax id
    or IBAN shared by several vendors does not decide; the next kind of evidence is tried.
    """
    lookup = vendors if isinstance(vendors, VendorLookup) else ListVendorLookup(vendors)
    tax_id = normalize_id(invoice.value("vendor_tax_id"))
    if tax_id:
        found = _unique(lookup.by_tax_id(tax_id))
        if found:
            return VendorMatch(vendor=found, method="tax_id", score=1.0)
    iban = normalize_id(invoice.value("vendor_iban"))
    if iban:
        found = _unique(lookup.by_iban(iban))
        if found:
            return VendorMatch(vendor=found, method="iban", score=0.95)
    name = normalize_name(invoice.value("vendor_name"))
    if name:
        scored = sorted(
            ((name_similarity(name, normalize_name(v.name)), v) for v in lookup.name_candidates(name)),
            key=lambda pair: (-pair[0], pair[1].id),
        )
        if scored and scored[0][0] >= NAME_THRESHOLD:
            best_score, best = scored[0]
            rival = next((s for s, v in scored[1:] if v.id != best.id), 0.0)
            if best_score - rival > AMBIGUITY_MARGIN or rival < NAME_THRESHOLD:
                return VendorMatch(vendor=best, method="name", score=round(best_score * 0.9, 3))
    return VendorMatch()


# --------------------------------------------------------------------------- new vendor


def create_vendor_payload(invoice: ExtractedInvoice) -> dict[str, Any]:
    """The payload of a `create_vendor` proposal for an invoice whose vendor is unknown. Pure.

    Only what the document says, normalized, with the reading confidence of each field and the
    validity checks, so the approver sees what they are vouching for. The vendor id is left to
    the ERP; the bank account is carried only if its IBAN is valid (an invalid one is named in
    `checks`). Example: {"name": "Umbrella Catering Co", "tax_id": "31-4159265", "iban":
    "GB29NWBK60161331926819", "currency": "USD", "status": "active", "checks": {"iban_problem":
    None, "tax_id_format": "US EIN", "tax_id_valid": True}, ...}.
    """
    def text(name: str) -> str | None:
        value = (invoice.value(name) or "").strip()
        return value or None

    tax_id = text("vendor_tax_id")
    iban = normalize_id(text("vendor_iban")) or None
    problem = iban_problem(iban)
    checked = tax_id_check(tax_id)
    return {
        "name": " ".join((text("vendor_name") or "").split()),
        "tax_id": tax_id,
        "iban": iban if iban and problem is None else None,
        "address": text("vendor_address") or "",
        "currency": (text("currency") or "").upper() or None,
        "status": "active",
        "source": {
            "document_sha256": invoice.document.sha256,
            "invoice_number": text("invoice_number"),
            "confidence": {
                name: invoice.confidence(name)
                for name in ("vendor_name", "vendor_tax_id", "vendor_iban", "vendor_address")
                if name in invoice.fields
            },
        },
        "checks": {
            "iban_problem": problem,
            "tax_id_format": checked[0] if checked else None,
            "tax_id_valid": checked[1] if checked else None,
        },
    }


def create_vendor_idempotency_key(payload: dict[str, Any]) -> str:
    """Same vendor (normalized name, tax id, IBAN) proposed twice -> same key."""
    basis = {
        "kind": "create_vendor",
        "name": normalize_name(payload.get("name")),
        "tax_id": normalize_id(payload.get("tax_id")),
        "iban": normalize_id(payload.get("iban")),
    }
    return sha256_hex(canonical_json(basis))[:32]
