"""A case and what validation sees of it: statuses, the case record, the audit event, the facts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, Field

from countersign.domain.invoice import ExtractedInvoice
from countersign.domain.master import GLAccount, PostedBill, PurchaseOrder, VendorMatch
from countersign.domain.proposals import PolicyResult


class CaseStatus(StrEnum):
    """Where a case stands. The final ones never change again."""

    RECEIVED = "received"
    PROCESSING = "processing"
    AWAITING_APPROVAL = "awaiting_approval"
    BLOCKED = "blocked"
    REJECTED = "rejected"
    EXPIRED = "expired"
    POSTED = "posted"
    FAILED = "failed"
    FAILED_INTAKE = "failed_intake"


FINAL_STATUSES = frozenset({CaseStatus.BLOCKED, CaseStatus.REJECTED, CaseStatus.EXPIRED, CaseStatus.POSTED,
                            CaseStatus.FAILED, CaseStatus.FAILED_INTAKE})


@dataclass(frozen=True)
class CaseView:
    """One case as the store holds it: an invoice (with its stored reading) or a sales order."""

    id: str
    kind: str
    filename: str
    source: str
    uploader: str | None
    status: str
    reason: str
    document_sha256: str | None
    vendor_id: str | None
    vendor_name: str | None
    invoice_number: str | None
    total: Decimal | None
    currency: str | None
    extracted: dict | None
    policy_result: PolicyResult | None
    created_at: datetime
    updated_at: datetime
    facts: dict | None = None  # what validation saw: CaseFacts (invoice) or OrderFacts (order), as JSON
    run: int = 0  # how often the case was started again (a correction, a re-run); its graph thread


@dataclass(frozen=True)
class CaseHead:
    """A case's headline columns, without its stored reading: for lists of many cases."""

    id: str
    status: str
    vendor_name: str | None
    invoice_number: str | None
    total: Decimal | None
    currency: str | None


@dataclass(frozen=True)
class CaseProgress:
    """Where a case's run stands, without its stored JSON: what the runner and the graph's entry
    read to decide what to do next, and what a run reports when it stops."""

    id: str
    kind: str
    status: str
    reason: str
    document_sha256: str | None
    run: int


@dataclass(frozen=True)
class AuditEvent:
    """One link of the hash-chained audit log."""

    seq: int
    at: datetime
    actor: str
    action: str
    subject: str
    payload: dict[str, Any]
    hash: str


class OpenCaseRef(BaseModel):
    """Another case still in flight, for duplicate checks against work not yet posted."""

    case_id: str
    vendor_id: str | None = None
    invoice_number: str | None = None
    total: Decimal | None = None
    content_sha256: str | None = None
    invoice_date: date | None = None  # for DUPLICATE_LIKELY's date window (unknown counts as near)
    po_number: str | None = None


class CaseFacts(BaseModel):
    """Everything the policy layer may look at for one case: plain data, gathered by the agent."""

    case_id: str
    invoice: ExtractedInvoice
    vendor_match: VendorMatch
    purchase_order: PurchaseOrder | None = None
    posted_bills: list[PostedBill] = Field(default_factory=list)
    open_cases: list[OpenCaseRef] = Field(default_factory=list)
    gl_accounts: list[GLAccount] = Field(default_factory=list)
    uploader: str | None = None
    today: date

