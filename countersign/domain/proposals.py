"""What the policy layer concludes and what a person decides: findings, approval requirements,
bill drafts, proposals and decisions."""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, Field


class Severity(StrEnum):
    BLOCK = "block"
    REVIEW = "review"
    INFO = "info"


class Violation(BaseModel):
    code: str
    severity: Severity
    message: str
    evidence: dict[str, Any] = Field(default_factory=dict)


class ApprovalRequirement(BaseModel):
    """Who must countersign: any `approvers_required` distinct people holding one of `roles`."""

    roles: list[str]
    approvers_required: int = 1
    band: str = ""
    approvers: list[str] = Field(default_factory=list)  # named people (Slack ids) who may approve besides the roles
    matched_on: dict[str, str] = Field(default_factory=dict)  # the qualifiers that selected the band


class PolicyResult(BaseModel):
    violations: list[Violation] = Field(default_factory=list)
    approval: ApprovalRequirement | None = None

    @property
    def blocked(self) -> bool:
        return any(v.severity == Severity.BLOCK for v in self.violations)

    def by_severity(self, severity: Severity) -> list[Violation]:
        return [v for v in self.violations if v.severity == severity]


class BillLine(BaseModel):
    description: str
    quantity: Decimal | None = None
    unit_price: Decimal | None = None
    amount: Decimal
    account: str | None = None
    po_line_no: int | None = None


class BillDraft(BaseModel):
    vendor_id: str
    vendor_name: str
    invoice_number: str
    invoice_date: date | None = None
    due_date: date | None = None
    currency: str
    po_number: str | None = None
    lines: list[BillLine] = Field(default_factory=list)
    subtotal: Decimal | None = None
    tax: Decimal | None = None
    total: Decimal
    attachment_sha256: str | None = None
    # Where the policy maps the PO's department / cost center to ERP references (QuickBooks
    # Department and Class ids): the whole bill's department, every line's class.
    erp_department: str | None = None
    erp_class: str | None = None


class ProposalStatus(StrEnum):
    DRAFT = "draft"
    AWAITING_APPROVAL = "awaiting_approval"
    APPROVED = "approved"
    REJECTED = "rejected"
    EXPIRED = "expired"
    POSTED = "posted"
    FAILED = "failed"
    # A correction or a re-run replaced it: it can never be decided or posted, and its approvals
    # no longer count (the case's new proposal needs its own).
    SUPERSEDED = "superseded"


class Proposal(BaseModel):
    id: str
    case_id: str
    kind: Literal["post_bill", "create_vendor", "sync_order"] = "post_bill"
    payload: dict[str, Any]
    policy_result: PolicyResult
    idempotency_key: str
    status: ProposalStatus = ProposalStatus.DRAFT
    created_at: datetime
    expires_at: datetime | None = None
    erp_ref: str | None = None

    @property
    def required_roles(self) -> list[str]:
        return self.policy_result.approval.roles if self.policy_result.approval else []


def proposal_id(idempotency_key: str, case_id: str = "", run: int = 0) -> str:
    """A proposal's id: from its key on a case's first run (the same invoice twice gives the same
    id), and from key, case and run after a correction or a re-run, so the new proposal never
    shares an id (and so never the decisions recorded under it) with the one it supersedes."""
    if run == 0:
        return "P-" + idempotency_key[:10].upper()
    return "P-" + hashlib.sha256(f"{idempotency_key}:{case_id}:{run}".encode()).hexdigest()[:10].upper()


class Verdict(StrEnum):
    APPROVE = "approve"
    REJECT = "reject"


class Decision(BaseModel):
    proposal_id: str
    approver_id: str
    verdict: Verdict
    reason: str = ""
    at: datetime
    channel: Literal["terminal", "slack", "demo", "console"] = "terminal"

