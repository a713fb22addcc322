"""The sales side (CRM -> ERP): opportunities, customers, sales invoices and payments."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel, Field


class Customer(BaseModel):
    """An ERP customer: the golden record a CRM account is matched to (tax id, then name)."""

    id: str
    name: str
    tax_id: str | None = None
    billing_email: str | None = None
    billing_address: str | None = None
    tax_exempt: bool = False


class SalesLine(BaseModel):
    product: str
    quantity: Decimal
    unit_price: Decimal

    @property
    def amount(self) -> Decimal:
        return self.quantity * self.unit_price


class SalesInvoiceDraft(BaseModel):
    """The ERP invoice a closed-won opportunity becomes (the payload of a `sync_order` proposal)."""

    customer_id: str | None = None  # None: the customer is created from `customer` on approval
    customer: Customer | None = None
    opportunity_id: str
    currency: str
    lines: list[SalesLine]
    po_reference: str | None = None
    invoice_date: date
    due_date: date | None = None

    @property
    def total(self) -> Decimal:
        return sum((line.amount for line in self.lines), Decimal(0))


class SalesInvoice(BaseModel):
    """An invoice in the ERP (accounts receivable)."""

    id: str
    customer_id: str
    doc_number: str
    opportunity_id: str | None = None
    invoice_date: date
    due_date: date | None = None
    currency: str
    total: Decimal
    balance: Decimal
    idempotency_key: str | None = None


class Payment(BaseModel):
    id: str
    invoice_id: str
    amount: Decimal
    received_on: date


class Opportunity(BaseModel):
    """A CRM opportunity with its account's billing details (what sync_order reads)."""

    id: str
    name: str
    account_id: str
    account_name: str
    stage: str
    close_date: date | None = None
    currency: str = "USD"
    owner: str | None = None
    lines: list[SalesLine] = Field(default_factory=list)
    po_reference: str | None = None
    approved_discount_pct: Decimal | None = None
    account_requires_po: bool = False
    billing_contact: str | None = None
    billing_email: str | None = None
    billing_address: str | None = None
    tax_id: str | None = None
    tax_exempt: bool = False
    tax_exemption_certificate: str | None = None
    invoice_number: str | None = None
    invoice_status: str | None = None
    payment_status: str | None = None

    @property
    def total(self) -> Decimal:
        """What the deal is worth: the sum of its lines."""
        return sum((line.amount for line in self.lines), Decimal(0))


class OrderFacts(BaseModel):
    """What the policy layer may look at before a closed-won order becomes an ERP invoice."""

    opportunity: Opportunity
    price_book: dict[str, Decimal] = Field(default_factory=dict)
    customer: Customer | None = None  # the ERP golden record it matched, if any
    existing_invoice: str | None = None  # an ERP invoice already made from this opportunity
    today: date


CLOSED_WON = "Closed Won"  # Opportunity.stage of a won deal, whatever the CRM calls its won stages
INVOICED = "invoiced"  # the invoice status written back once the ERP invoice exists


class PaymentStatus(StrEnum):
    """The payment status written back to the CRM, from the ERP's invoices and payments."""

    UNPAID = "unpaid"
    PARTIALLY_PAID = "partially_paid"
    PAID = "paid"
    OVERDUE = "overdue"  # an amount is outstanding past the due date


class WriteBackState(StrEnum):
    PENDING = "pending"  # values not yet written (or changed since): the worker tries them
    WRITTEN = "written"  # the CRM holds the latest values
    FAILED = "failed"  # the attempts ran out: a person looks at the error and retries


class CrmWriteBack(BaseModel):
    """One opportunity in the durable CRM write-back queue: the values countersign wants on it,
    and how far writing them got."""

    crm: str
    opportunity_id: str
    case_id: str | None = None
    invoice_number: str | None = None
    invoice_status: str | None = None
    payment_status: str | None = None
    erp_invoice_id: str | None = None
    invoice_date: date | None = None
    state: WriteBackState
    attempts: int = 0  # failed attempts since the values last changed or were written
    last_error: str = ""
    next_attempt_at: datetime | None = None
    written_at: datetime | None = None
    updated_at: datetime
