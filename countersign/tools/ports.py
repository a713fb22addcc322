"""Ports: what the workflow needs from an ERP and a CRM. Adapters live beside them
(`LocalLedger`, `LocalCRM` now; QuickBooks and Salesforce later) and share one contract test suite."""

from __future__ import annotations

from typing import Protocol

from countersign.domain import BillDraft, GLAccount, PostedBill, PurchaseOrder, Vendor


class ERPError(Exception):
    """The ERP refused or failed; the message is what the system said, for the case and the thread."""


class ERP(Protocol):
    name: str

    def list_vendors(self) -> list[Vendor]: ...

    def get_vendor(self, vendor_id: str) -> Vendor | None: ...

    def list_accounts(self) -> list[GLAccount]: ...

    def get_purchase_order(self, number: str) -> PurchaseOrder | None: ...

    def bills_for_vendor(self, vendor_id: str) -> list[PostedBill]: ...

    def find_bill_by_key(self, idempotency_key: str) -> PostedBill | None: ...

    def post_bill(self, draft: BillDraft, *, idempotency_key: str) -> PostedBill:
        """Post exactly once per key: a second call with the same key returns the first bill."""
        ...


class CRM(Protocol):
    name: str

    def list_accounts(self) -> list[dict]: ...

    def closed_won_opportunities(self) -> list[dict]: ...
