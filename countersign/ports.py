"""Ports: what the workflow needs from an ERP and a CRM. Adapters live beside them
(`LocalLedger`, `LocalCRM` now; QuickBooks and Salesforce later) and share one contract test suite."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Protocol

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
)
from countersign.tools.match_vendor import VendorLookup


class ERPError(Exception):
    """The ERP refused or failed; the message is what the system said, for the case and the thread."""


class ERPUnavailable(ERPError):
    """The ERP did not answer (outage, timeout, throttling past the retries): nothing was refused,
    and the same request with the same idempotency key may be sent again. A post that meets this
    waits for the next attempt instead of failing the case."""


class ERP(Protocol):
    name: str

    def list_vendors(self) -> list[Vendor]: ...

    def get_vendor(self, vendor_id: str) -> Vendor | None: ...

    def vendor_lookup(self) -> VendorLookup:
        """Indexed vendor search (tax id, IBAN, name candidates) for match_vendor; never a full scan."""
        ...

    def create_vendor(self, payload: dict, *, idempotency_key: str, created_by: str | None) -> Vendor:
        """Add an approved vendor (a `create_vendor` proposal's payload); exactly once per key."""
        ...

    def list_accounts(self) -> list[GLAccount]: ...

    def get_purchase_order(self, number: str) -> PurchaseOrder | None: ...

    def bills_for_vendor(self, vendor_id: str) -> list[PostedBill]: ...

    def find_bill_by_key(self, idempotency_key: str) -> PostedBill | None: ...

    def post_bill(self, draft: BillDraft, *, idempotency_key: str, attachment: bytes | None = None) -> PostedBill:
        """Post exactly once per key: a second call with the same key returns the first bill.
        The invoice PDF, when given, is attached to the bill."""
        ...

    # ----------------------------------------------------------------- receivables (sync_order)

    def find_customer(self, *, tax_id: str | None = None, name: str | None = None) -> Customer | None:
        """The golden record: by tax id first, then by normalized name."""
        ...

    def create_invoice(self, draft: SalesInvoiceDraft, *, idempotency_key: str) -> SalesInvoice:
        """Create the customer when the draft carries a new one, then the invoice; exactly once per key."""
        ...

    def invoices(self, start: date, end: date) -> list[SalesInvoice]: ...

    def payments(self, start: date, end: date) -> list[Payment]: ...


class CRMError(Exception):
    """The CRM refused or failed; the message is what the system said."""


class CRM(Protocol):
    name: str

    def closed_won(self, start: date | None = None, end: date | None = None) -> list[Opportunity]:
        """Closed-won opportunities (close date within the range, when given) with line items
        and their account's billing details."""
        ...

    def get_opportunity(self, opportunity_id: str) -> Opportunity | None: ...

    def price_book(self, currency: str) -> dict[str, Decimal]:
        """List unit price per product name in the currency."""
        ...

    def write_back(self, opportunity_id: str, *, invoice_number: str | None = None,
                   invoice_status: str | None = None, payment_status: str | None = None) -> None:
        """Record the ERP invoice number and invoice / payment status on the opportunity."""
        ...
