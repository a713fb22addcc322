"""Master data read from the ERP: vendors, GL accounts, purchase orders and receipts, posted bills."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, Field


class VendorStatus(StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    BLOCKED = "blocked"


class Vendor(BaseModel):
    id: str
    name: str
    tax_id: str | None = None
    iban: str | None = None
    address: str = ""
    currency: str = "USD"
    status: VendorStatus = VendorStatus.ACTIVE
    default_account: str | None = None
    created_by: str | None = None


class GLAccount(BaseModel):
    code: str
    name: str
    active: bool = True


class POLine(BaseModel):
    line_no: int
    description: str
    quantity: Decimal
    unit_price: Decimal
    account: str | None = None

    @property
    def amount(self) -> Decimal:
        return self.quantity * self.unit_price


class Receipt(BaseModel):
    line_no: int
    quantity: Decimal
    received_at: date


class PurchaseOrder(BaseModel):
    number: str
    vendor_id: str
    currency: str = "USD"
    status: Literal["open", "closed"] = "open"
    requester: str | None = None
    department: str | None = None
    cost_center: str | None = None  # qualifies approval bands (policy `cost_centers`)
    lines: list[POLine] = Field(default_factory=list)
    receipts: list[Receipt] = Field(default_factory=list)
    # False where the ERP keeps no goods receipts (QuickBooks Online): only a two-way match is possible,
    # and "nothing received" would be a false alarm on every invoice.
    receipts_tracked: bool = True

    def received(self, line_no: int) -> Decimal:
        return sum((r.quantity for r in self.receipts if r.line_no == line_no), Decimal(0))


class PostedBill(BaseModel):
    """A bill already in the ledger (ERP); what duplicates are checked against."""

    id: str
    vendor_id: str
    invoice_number: str
    invoice_date: date | None = None
    total: Decimal
    currency: str = "USD"
    po_number: str | None = None
    content_sha256: str | None = None
    idempotency_key: str | None = None
    posted_at: datetime | None = None
    subtotal: Decimal | None = None  # net of tax, when known (PO_OVERBILLED compares net amounts)


# --------------------------------------------------------------------------- matching results


class VendorMatch(BaseModel):
    vendor: Vendor | None = None
    method: Literal["tax_id", "iban", "name", "none"] = "none"
    score: float = 0.0

