"""Ports: what the product needs from an ERP and a CRM, and the errors they raise.

Adapters (adapters/: the local ledger and CRM, QuickBooks, Salesforce) implement them and share
one contract test suite per port. Each port comes in two parts: a reader (`ERPReader`,
`CRMReader`), which is all that the chat agent's tools are given, so "the model cannot write"
is a type, and the full port, which adds the writes that only run for an approved proposal.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Protocol, runtime_checkable

from countersign.domain import (
    BillDraft,
    Customer,
    GLAccount,
    Opportunity,
    Payment,
    PostedBill,
    PurchaseOrder,
    SalesInvoice,
    SalesInvoiceDraft,
    Vendor,
    normalize_id,
)

NAME_CANDIDATE_LIMIT = 200  # name candidates a lookup returns for one invoice


@runtime_checkable
class VendorLookup(Protocol):
    """Indexed access to the vendor master; keys are already normalized (`domain.normalize_id`,
    `domain.normalize_name`)."""

    def by_tax_id(self, tax_id_norm: str) -> list[Vendor]: ...

    def by_iban(self, iban_norm: str) -> list[Vendor]: ...

    def name_candidates(self, name_norm: str, limit: int = NAME_CANDIDATE_LIMIT) -> list[Vendor]: ...


class ListVendorLookup:
    """A `VendorLookup` over an in-memory list (indexes built once)."""

    def __init__(self, vendors: Iterable[Vendor]):
        self.vendors = list(vendors)
        self._tax: dict[str, list[Vendor]] = {}
        self._iban: dict[str, list[Vendor]] = {}
        for vendor in self.vendors:
            if normalize_id(vendor.tax_id):
                self._tax.setdefault(normalize_id(vendor.tax_id), []).append(vendor)
            if normalize_id(vendor.iban):
                self._iban.setdefault(normalize_id(vendor.iban), []).append(vendor)

    def by_tax_id(self, tax_id_norm: str) -> list[Vendor]:
        return list(self._tax.get(tax_id_norm, []))

    def by_iban(self, iban_norm: str) -> list[Vendor]:
        return list(self._iban.get(iban_norm, []))

    def name_candidates(self, name_norm: str, limit: int = NAME_CANDIDATE_LIMIT) -> list[Vendor]:
        return list(self.vendors)  # small lists: score them all


class ERPError(Exception):
    """The ERP refused or failed; the message is what the system said, for the case and the thread."""


class ERPUnavailable(ERPError):
    """The ERP did not answer (outage, timeout, throttling past the retries): nothing was refused,
    and the same request with the same idempotency key may be sent again. A post that meets this
    waits for the next attempt instead of failing the case."""


class ERPReader(Protocol):
    """What may be read from an ERP: master data, bills, receivables. Changes nothing."""

    name: str

    def list_vendors(self) -> list[Vendor]: ...

    def get_vendor(self, vendor_id: str) -> Vendor | None: ...

    def vendor_lookup(self) -> VendorLookup:
        """Indexed vendor search (tax id, IBAN, name candidates) for match_vendor; never a full scan."""
        ...

    def list_accounts(self) -> list[GLAccount]: ...

    def get_purchase_order(self, number: str) -> PurchaseOrder | None: ...

    def bills_for_vendor(self, vendor_id: str) -> list[PostedBill]: ...

    def find_bill_by_key(self, idempotency_key: str) -> PostedBill | None: ...

    # ----------------------------------------------------------------- receivables (sync_order)

    def find_customer(self, *, tax_id: str | None = None, name: str | None = None) -> Customer | None:
        """The golden record: by tax id first, then by normalized name."""
        ...

    def invoices(self, start: date, end: date) -> list[SalesInvoice]: ...

    def payments(self, start: date, end: date) -> list[Payment]: ...


class ERP(ERPReader, Protocol):
    """The full ERP port: the reader plus the writes. Only the workflow's post step calls the
    writes, and only for a proposal a person approved; each is exactly once per idempotency key."""

    def create_vendor(self, payload: dict, *, idempotency_key: str, created_by: str | None) -> Vendor:
        """Add an approved vendor (a `create_vendor` proposal's payload); exactly once per key."""
        ...

    def post_bill(self, draft: BillDraft, *, idempotency_key: str, attachment: bytes | None = None) -> PostedBill:
        """Post exactly once per key: a second call with the same key returns the first bill.
        The invoice PDF, when given, is attached to the bill."""
        ...

    def create_invoice(self, draft: SalesInvoiceDraft, *, idempotency_key: str) -> SalesInvoice:
        """Create the customer when the draft carries a new one, then the invoice; exactly once per key."""
        ...


class CRMError(Exception):
    """The CRM refused or failed; the message is what the system said."""


class CRMReader(Protocol):
    """What may be read from a CRM: closed-won opportunities and prices. Changes nothing."""

    name: str

    def closed_won(self, start: date | None = None, end: date | None = None) -> list[Opportunity]:
        """Closed-won opportunities (close date within the range, when given) with line items
        and their account's billing details."""
        ...

    def get_opportunity(self, opportunity_id: str) -> Opportunity | None: ...

    def price_book(self, currency: str) -> dict[str, Decimal]:
        """List unit price per product name in the currency."""
        ...


class CRM(CRMReader, Protocol):
    """The full CRM port: the reader plus the write-back after an approved sync posted."""

    def write_back(self, opportunity_id: str, *, invoice_number: str | None = None,
                   invoice_status: str | None = None, payment_status: str | None = None) -> None:
        """Record the ERP invoice number and invoice / payment status on the opportunity."""
        ...
