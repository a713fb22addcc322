"""What the agent needs from its host, as Protocols: the case store, per-case claims, a notifier.

The agent layer (the graphs, the runner, approvals) never imports the application: the app's
`Store`, `CaseClaims` and `Services` satisfy these structurally, and tests can hand in fakes.
Every method that changes several things (a decision, a post, an expiry) is one transaction in
the store, so the agent never holds a database session.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Protocol

from countersign.domain import (
    ApprovalRequirement,
    AuditEvent,
    CaseFacts,
    CaseProgress,
    CaseView,
    Correction,
    CrmWriteBack,
    Decision,
    OpenCaseRef,
    Proposal,
    ProposalStatus,
)
from countersign.policies.schema import Policy
from countersign.ports import CRM, ERP


class DecisionConflict(Exception):
    """A concurrent decision on the same proposal was applied first."""


class PendingDecision(Protocol):
    """A proposal held under a row lock while a decision on it is checked and recorded."""

    proposal: Proposal | None
    prior: list[Decision]

    def record(self, decision: Decision, *, new_status: ProposalStatus | None, case_status: str | None,
               case_reason: str, audit_payload: dict[str, Any],
               requirement: ApprovalRequirement | None = None) -> None:
        """Add the decision, move the proposal (compare-and-set; `DecisionConflict` if it lost)
        and the case, and audit it, all in the lock's transaction; with `requirement`, the
        proposal first takes the approval requirement the current policy gives it."""
        ...


class CaseReader(Protocol):
    """Reading cases, proposals, decisions and audit events."""

    def get_case(self, case_id: str) -> CaseView | None: ...

    def case_progress(self, case_id: str) -> CaseProgress | None:
        """Where the case's run stands (kind, status, reason, document, run), without its stored JSON."""
        ...

    def find_case(self, ref: str) -> CaseView | None: ...

    def list_cases(self) -> list[CaseView]: ...

    def case_events(self, case_id: str) -> list[AuditEvent]: ...

    def get_proposal(self, proposal_id: str) -> Proposal | None: ...

    def proposals_for_case(self, case_id: str) -> list[Proposal]: ...

    def proposals_with_status(self, statuses: Iterable[str]) -> list[Proposal]: ...

    def decisions_for(self, proposal_id: str) -> list[Decision]: ...

    def decisions_by(self, approver_id: str, limit: int = 10) -> list[Decision]:
        """The person's latest decisions, newest first."""
        ...

    def approvals_on_record(self, proposal_id: str) -> list[Decision]:
        """The proposal's approvals that the audit log vouches for (not a bare decision row)."""
        ...

    def vendor_approvers(self, vendor_id: str) -> list[str]:
        """Who approved adding this vendor (and its bank details) to the vendor master."""
        ...

    def case_facts(self, case_id: str) -> CaseFacts | None:
        """The facts validation saw for this case (the snapshot the draft is made from)."""
        ...

    def corrections_for(self, case_id: str) -> list[Correction]:
        """The case's corrections, oldest first."""
        ...

    def correctors(self, case_id: str) -> list[str]:
        """Who corrected the case's values (segregation of duties keeps them from the final approval)."""
        ...

    def write_backs_for_case(self, case_id: str) -> list[CrmWriteBack]:
        """The CRM write-backs queued for this case (app/writebacks.py), whatever their state."""
        ...


class CaseStore(CaseReader, Protocol):
    """The case store the workflow, the runner and approvals write through."""

    def save_document(self, data: bytes, filename: str) -> str: ...

    def document_bytes(self, sha256: str) -> bytes: ...

    def open_case(self, *, filename: str, source: str, uploader: str | None, document_sha256: str | None,
                  status: str = ..., reason: str = "", kind: str = "invoice", reference: str | None = None) -> str: ...

    def open_order_case(self, opportunity_id: str) -> str | None: ...

    def case_for_document(self, sha256: str) -> str | None: ...

    def update_case(self, case_id: str, *, actor: str = "agent", action: str | None = None,
                    audit: dict[str, Any] | None = None, **fields: Any) -> None: ...

    def open_case_refs(self, exclude: str) -> list[OpenCaseRef]: ...

    def create_proposal(self, proposal: Proposal, *, case_reason: str, actor: str = "agent") -> Proposal: ...

    def record_posted(self, proposal: Proposal, *, erp_ref: str, case_status: str, reason: str, action: str,
                      payload: dict[str, Any]) -> bool:
        """APPROVED -> POSTED (compare-and-set), the case's status and the audit event, in one
        transaction; False when the proposal was not approved any more (a re-run)."""
        ...

    def record_post_failed(self, proposal: Proposal, *, reason: str, payload: dict[str, Any]) -> None:
        """APPROVED -> FAILED, the case failed with `reason`, audited, in one transaction."""
        ...

    def complete_by_record(self, proposal: Proposal) -> bool:
        """AWAITING_APPROVAL -> APPROVED for a proposal whose recorded approvals complete it, audited."""
        ...

    def record_post_refused(self, proposal: Proposal, *, reason: str) -> None:
        """APPROVED -> FAILED without posting: its approvals are not on record."""
        ...

    def expire_proposal(self, proposal: Proposal, *, reason: str) -> bool:
        """AWAITING_APPROVAL -> EXPIRED with the case, audited; False when it was decided first."""
        ...

    def pending_decision(self, proposal_id: str) -> AbstractContextManager[PendingDecision]:
        """Lock the proposal for a decision; commits when the block ends without an exception."""
        ...

    def record(self, *, actor: str, action: str, subject: str, payload: dict[str, Any]) -> None:
        """Append one audit event on its own (a refusal, a chat answer)."""
        ...

    def restart_case(self, case_id: str, *, who: str, reason: str, channel: str,
                     corrections: list[Correction] | None = None, reading: dict[str, Any] | None = None,
                     columns: dict[str, Any] | None = None) -> Any:
        """Start the case's next run: supersede its proposals that are not posted, record the
        corrections and the corrected reading, audited, in one transaction (app/store_corrections.py).
        Returns a `Restart` (its `refusal` says why nothing changed)."""
        ...


class WriteBacks(Protocol):
    """The durable CRM write-back queue (app/writebacks.py): what the CRM must be told, kept
    until it is. Enqueueing the same values again is a no-op; delivery retries until written."""

    def enqueue(self, opportunity_id: str, *, case_id: str | None = None, invoice_number: str | None = None,
                invoice_status: str | None = None, payment_status: str | None = None,
                erp_invoice_id: str | None = None, invoice_date: date | None = None) -> bool: ...

    def deliver(self, opportunity_id: str) -> Any:
        """Try the write now (None when nothing was due); a failure stays queued for the worker."""
        ...

    def get(self, opportunity_id: str) -> CrmWriteBack | None: ...


class Claims(Protocol):
    """Per-case claims: at most one driver advances a case at a time (see app/claims.py)."""

    def hold(self, case_id: str, *, wait: float = 0.0) -> AbstractContextManager[bool]: ...


class Notifier(Protocol):
    """Where case updates go: a Slack thread, the terminal, or a list in tests."""

    def case_updated(self, case: CaseView, proposal: Proposal | None) -> None: ...


class NullNotifier:
    def case_updated(self, case: CaseView, proposal: Proposal | None) -> None:
        return None


@dataclass
class RecordingNotifier:
    """Keeps every update; the fake beside the real notifiers."""

    updates: list[tuple[str, str]] = field(default_factory=list)

    def case_updated(self, case: CaseView, proposal: Proposal | None) -> None:
        self.updates.append((case.id, case.status))


class Limits(Protocol):
    max_upload_bytes: int


class Runtime(Protocol):
    """What running cases needs from the host: the app's `Services` is one."""

    store: CaseStore
    erp: ERP
    crm: CRM
    policy: Policy
    claims: Claims
    clock: Callable[[], datetime]
    settings: Limits

    @property
    def graph(self) -> Any:
        """The compiled case workflow (built on first use)."""
        ...
