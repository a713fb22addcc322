"""The case store: documents (by content hash), cases, proposals and decisions.

Every state change writes its audit event in the same transaction, so the log and the state
never disagree. Proposal status changes are compare-and-set: of two concurrent clicks, exactly
one moves a proposal out of `awaiting_approval`.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import case as sql_case
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from countersign.agent.runtime import DecisionConflict
from countersign.app.audit import AuditLog
from countersign.app.rows import (
    CASES,
    DECISIONS,
    DOCUMENTS,
    PROPOSALS,
    case_record,
    decision_record,
    proposal_record,
)
from countersign.app.store_corrections import CorrectionStore
from countersign.app.store_reads import CaseReads
from countersign.domain import (
    ApprovalRequirement,
    AuditEvent,
    CaseFacts,
    CaseStatus,
    CaseView,
    CrmWriteBack,
    Decision,
    PolicyResult,
    Proposal,
    ProposalStatus,
    normalize_invoice_number,
    sha256_hex,
    utcnow,
)
from countersign.tables import CaseRow, DecisionRow, DocumentRow, ProposalRow


class Store(CaseReads, CorrectionStore):
    def __init__(self, sessions: sessionmaker[Session], audit: AuditLog, documents_dir: Path,
                 reads: sessionmaker[Session] | None = None):
        self.sessions = sessions
        self.reads = reads or sessions  # for reads of one statement (app/db.py `read_session_factory`)
        self.audit = audit
        self.documents_dir = documents_dir

    # ----------------------------------------------------------------- documents

    def save_document(self, data: bytes, filename: str) -> str:
        """Store the bytes once under their SHA-256 (atomic rename); return the hash."""
        digest = sha256_hex(data)
        path = self.documents_dir / digest[:2] / f"{digest}.pdf"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".tmp{os.getpid()}")
            tmp.write_bytes(data)
            os.replace(tmp, path)
        with self.sessions.begin() as s:
            if s.get(DocumentRow, digest) is None:
                s.add(DocumentRow(sha256=digest, filename=filename, size=len(data), path=str(path),
                                  received_at=utcnow()))
        return digest

    def document_bytes(self, sha256: str) -> bytes:
        with self.reads() as s:
            path = s.scalar(select(DOCUMENTS.c.path).where(DOCUMENTS.c.sha256 == sha256))
        if path is None:
            raise KeyError(f"no stored document {sha256}")
        return Path(path).read_bytes()

    # ----------------------------------------------------------------- cases

    def open_case(
        self, *, filename: str, source: str, uploader: str | None, document_sha256: str | None,
        status: str = CaseStatus.RECEIVED, reason: str = "", kind: str = "invoice", reference: str | None = None,
    ) -> str:
        case_id = "C-" + uuid.uuid4().hex[:8].upper()
        now = utcnow()
        with self.sessions.begin() as s:
            s.add(
                CaseRow(
                    id=case_id,
                    kind=kind,
                    invoice_number=reference,
                    document_sha256=document_sha256,
                    filename=filename,
                    source=source,
                    uploader=uploader,
                    status=status,
                    reason=reason,
                    created_at=now,
                    updated_at=now,
                )
            )
            s.flush()
            self.audit.append(
                s,
                actor=uploader or "system",
                action="received" if status == CaseStatus.RECEIVED else "intake_failed",
                subject=case_id,
                payload={"kind": kind, "filename": filename, "source": source, "sha256": document_sha256,
                         "reference": reference, "reason": reason},
            )
        return case_id

    def open_order_case(self, opportunity_id: str) -> str | None:
        """The order case already open (or posted) for this opportunity, so a retry reuses it."""
        with self.reads() as s:
            return s.scalar(
                select(CASES.c.id)
                .where(CASES.c.kind == "order", CASES.c.invoice_number == opportunity_id,
                       CASES.c.status.not_in([CaseStatus.REJECTED, CaseStatus.EXPIRED, CaseStatus.FAILED,
                                              CaseStatus.BLOCKED]))
                .limit(1)
            )

    def case_for_document(self, sha256: str) -> str | None:
        """The earlier case for the same bytes, unless it failed at intake (then a retry is welcome)."""
        with self.reads() as s:
            return s.scalar(
                select(CASES.c.id)
                .where(CASES.c.document_sha256 == sha256, CASES.c.status != CaseStatus.FAILED_INTAKE)
                .order_by(CASES.c.created_at)
                .limit(1)
            )

    def update_case(
        self, case_id: str, *, actor: str = "agent", action: str | None = None, audit: dict[str, Any] | None = None,
        **fields: Any,
    ) -> None:
        """Change case fields and (optionally) audit the step in one transaction."""
        if "policy_result" in fields and isinstance(fields["policy_result"], PolicyResult):
            fields["policy_result"] = fields["policy_result"].model_dump(mode="json")
        with self.sessions.begin() as s:
            if s.execute(update(CaseRow).where(CaseRow.id == case_id)  # one UPDATE: the row is never loaded
                         .values(**fields, updated_at=utcnow())).rowcount != 1:
                raise KeyError(f"no case {case_id}")
            if action:
                self.audit.append(s, actor=actor, action=action, subject=case_id, payload=audit or {})

    def get_case(self, case_id: str) -> CaseView | None:
        with self.reads() as s:
            row = s.execute(select(CASES).where(CASES.c.id == case_id)).first()
            return case_record(row) if row else None

    def find_case(self, ref: str) -> CaseView | None:
        """By case id, or by invoice number (the newest case with that number)."""
        found = self.get_case(ref.strip().upper())
        if found:
            return found
        norm = normalize_invoice_number(ref)
        if not norm:
            return None
        with self.reads() as s:  # ids and numbers only: whole rows cost their JSON for every case
            numbers = s.execute(select(CASES.c.id, CASES.c.invoice_number).where(CASES.c.invoice_number.is_not(None))
                                .order_by(CASES.c.created_at.desc())).all()
        exact = [case_id for case_id, number in numbers if normalize_invoice_number(number) == norm]
        if exact:
            return self.get_case(exact[0])
        # "invoice 1043" for INV-1043: accept a unique number that ends with what was given.
        if norm.isdigit():
            tails = {number: case_id for case_id, number in numbers if normalize_invoice_number(number).endswith(norm)}
            if len(tails) == 1:
                return self.get_case(next(iter(tails.values())))
        return None

    def case_facts(self, case_id: str) -> CaseFacts | None:
        """The facts validation saw for an invoice case (None before validation, and for orders)."""
        case = self.get_case(case_id)
        if case is None or case.kind != "invoice" or not case.facts:
            return None
        return CaseFacts.model_validate(case.facts)

    def write_backs_for_case(self, case_id: str) -> list[CrmWriteBack]:
        from countersign.app.writebacks import write_backs_for_case

        return write_backs_for_case(self.sessions, case_id)

    def case_events(self, case_id: str) -> list[AuditEvent]:
        """The case's audit trail, oldest first."""
        return self.audit.events(case_id)

    def record(self, *, actor: str, action: str, subject: str, payload: dict[str, Any]) -> None:
        """Append one audit event on its own (a refusal, a chat answer)."""
        self.audit.record(actor=actor, action=action, subject=subject, payload=payload)

    def list_cases(self) -> list[CaseView]:
        with self.reads() as s:
            return [case_record(r) for r in s.execute(select(CASES).order_by(CASES.c.created_at, CASES.c.id))]

    def cases_uploaded_by(self, uploader: str, limit: int = 10) -> list[CaseView]:
        """The person's latest uploads, newest first (their Slack home)."""
        with self.reads() as s:
            rows = s.execute(select(CASES).where(CASES.c.uploader == uploader)
                             .order_by(CASES.c.created_at.desc(), CASES.c.id).limit(limit))
            return [case_record(r) for r in rows]

    def decisions_by(self, approver_id: str, limit: int = 10) -> list[Decision]:
        """The person's latest decisions, newest first (their Slack home)."""
        with self.reads() as s:
            rows = s.execute(select(DECISIONS).where(DECISIONS.c.approver_id == approver_id)
                             .order_by(DECISIONS.c.at.desc(), DECISIONS.c.id.desc()).limit(limit))
            return [decision_record(r) for r in rows]

    # ----------------------------------------------------------------- proposals

    def create_proposal(self, proposal: Proposal, *, case_reason: str, actor: str = "agent") -> Proposal:
        """Insert the proposal and set its case awaiting approval, in one transaction; or return the
        one already holding its idempotency key.

        A re-run (after a kill) sets its own case awaiting again only while that proposal still
        awaits: the row lock makes a concurrent decision wait, so "awaiting" is never written over
        a decision."""
        with self.sessions.begin() as s:
            existing = s.scalar(select(ProposalRow).where(ProposalRow.idempotency_key == proposal.idempotency_key,
                                                          ProposalRow.status != ProposalStatus.SUPERSEDED)
                                .with_for_update())
            if existing is not None:
                if existing.case_id == proposal.case_id and existing.status == ProposalStatus.AWAITING_APPROVAL:
                    self.set_case_status(s, existing.case_id, CaseStatus.AWAITING_APPROVAL, case_reason)
                return proposal_record(existing)
            s.add(
                ProposalRow(
                    id=proposal.id,
                    case_id=proposal.case_id,
                    kind=proposal.kind,
                    payload=proposal.payload,
                    policy_result=proposal.policy_result.model_dump(mode="json"),
                    idempotency_key=proposal.idempotency_key,
                    status=proposal.status,
                    created_at=proposal.created_at,
                    expires_at=proposal.expires_at,
                )
            )
            s.flush()
            self.set_case_status(s, proposal.case_id, CaseStatus.AWAITING_APPROVAL, case_reason)
            approval = proposal.policy_result.approval
            self.audit.append(
                s,
                actor=actor,
                action="approval_requested",
                subject=proposal.case_id,
                payload={
                    "proposal_id": proposal.id,
                    "kind": proposal.kind,
                    "idempotency_key": proposal.idempotency_key,
                    "roles": approval.roles if approval else [],
                    "approvers_required": approval.approvers_required if approval else 0,
                    "expires_at": proposal.expires_at,
                    "violations": [v.code for v in proposal.policy_result.violations],
                },
            )
        return proposal

    def get_proposal(self, proposal_id: str) -> Proposal | None:
        with self.reads() as s:
            row = s.execute(select(PROPOSALS).where(PROPOSALS.c.id == proposal_id)).first()
            return proposal_record(row) if row else None

    def proposals_for_case(self, case_id: str) -> list[Proposal]:
        """Oldest first, superseded ones before the rest: the last is the case's current proposal."""
        live_last = sql_case((PROPOSALS.c.status == ProposalStatus.SUPERSEDED, 0), else_=1)
        with self.reads() as s:
            rows = s.execute(select(PROPOSALS).where(PROPOSALS.c.case_id == case_id)
                             .order_by(live_last, PROPOSALS.c.created_at))
            return [proposal_record(r) for r in rows]

    def proposals_with_status(self, statuses: Iterable[str]) -> list[Proposal]:
        with self.reads() as s:
            rows = s.execute(
                select(PROPOSALS).where(PROPOSALS.c.status.in_(list(statuses))).order_by(PROPOSALS.c.created_at)
            )
            return [proposal_record(r) for r in rows]

    def transition(
        self, session: Session, proposal_id: str, *, from_status: Iterable[str], to_status: str, **fields: Any
    ) -> bool:
        """Compare-and-set a proposal's status inside the caller's transaction. True if this call won."""
        result = session.execute(
            update(ProposalRow)
            .where(ProposalRow.id == proposal_id, ProposalRow.status.in_(list(from_status)))
            .values(status=to_status, **fields)
        )
        return result.rowcount == 1

    def record_posted(self, proposal: Proposal, *, erp_ref: str, case_status: str, reason: str, action: str,
                      payload: dict[str, Any]) -> bool:
        """APPROVED -> POSTED (compare-and-set), the case's status and the audit event, in one
        transaction; False when the proposal was not approved any more (a re-run)."""
        with self.sessions.begin() as s:
            if not self.transition(s, proposal.id, from_status=[ProposalStatus.APPROVED],
                                   to_status=ProposalStatus.POSTED, erp_ref=erp_ref):
                return False
            self.set_case_status(s, proposal.case_id, case_status, reason)
            self.audit.append(s, actor="system", action=action, subject=proposal.case_id, payload=payload)
        return True

    def record_post_failed(self, proposal: Proposal, *, reason: str, payload: dict[str, Any]) -> None:
        """APPROVED -> FAILED with the outside system's message, the case failed, audited; one transaction."""
        with self.sessions.begin() as s:
            self.transition(s, proposal.id, from_status=[ProposalStatus.APPROVED], to_status=ProposalStatus.FAILED,
                            failure=payload.get("error", reason))
            self.set_case_status(s, proposal.case_id, CaseStatus.FAILED, reason)
            self.audit.append(s, actor="system", action="post_failed", subject=proposal.case_id, payload=payload)

    def complete_by_record(self, proposal: Proposal) -> bool:
        """AWAITING_APPROVAL -> APPROVED for a proposal whose recorded approvals already complete it
        (`agent.authority.completed_by_record`), audited; False when something moved it first."""
        with self.sessions.begin() as s:
            if not self.transition(s, proposal.id, from_status=[ProposalStatus.AWAITING_APPROVAL],
                                   to_status=ProposalStatus.APPROVED):
                return False
            approvers = [d.approver_id for d in self.decisions_for(proposal.id, s) if d.verdict == "approve"]
            self.audit.append(s, actor="system", action="approval_completed", subject=proposal.case_id,
                              payload={"proposal_id": proposal.id, "approvers": approvers,
                                       "why": "the recorded approvals already satisfied the policy"})
        return True

    def expire_proposal(self, proposal: Proposal, *, reason: str) -> bool:
        """AWAITING_APPROVAL -> EXPIRED with its case, audited; False when a decision came first."""
        with self.sessions.begin() as s:
            if not self.transition(s, proposal.id, from_status=[ProposalStatus.AWAITING_APPROVAL],
                                   to_status=ProposalStatus.EXPIRED):
                return False
            self.set_case_status(s, proposal.case_id, CaseStatus.EXPIRED, reason)
            self.audit.append(s, actor="system", action="approval_expired", subject=proposal.case_id,
                              payload={"proposal_id": proposal.id, "expires_at": proposal.expires_at})
        return True

    def approvals_on_record(self, proposal_id: str) -> list[Decision]:
        """The proposal's approvals that the audit log vouches for: a decision row alone (which a
        database edit could add) does not count without its authenticated audit event, and none
        counts once the log shows the proposal superseded by a correction or a re-run."""
        proposal = self.get_proposal(proposal_id)
        if proposal is None:
            return []
        events = [e for e in self.audit.authentic_events(proposal.case_id)
                  if e.payload.get("proposal_id") == proposal_id]
        if any(e.action == "proposal_superseded" for e in events):
            return []  # a correction replaced it: its approvals no longer count, whatever its status says
        vouched = {e.actor for e in events if e.action == "decision_approve"}
        return [d for d in self.decisions_for(proposal_id) if d.verdict == "approve" and d.approver_id in vouched]

    def record_post_refused(self, proposal: Proposal, *, reason: str) -> None:
        """APPROVED -> FAILED without touching the outside system: its approvals are not on record."""
        with self.sessions.begin() as s:
            self.transition(s, proposal.id, from_status=[ProposalStatus.APPROVED], to_status=ProposalStatus.FAILED,
                            failure=reason)
            self.set_case_status(s, proposal.case_id, CaseStatus.FAILED, reason)
            self.audit.append(s, actor="system", action="post_refused", subject=proposal.case_id,
                              payload={"proposal_id": proposal.id, "reason": reason})

    def vendor_approvers(self, vendor_id: str) -> list[str]:
        """Who approved adding this vendor (with its bank details) to the vendor master."""
        with self.reads() as s:
            rows = s.scalars(
                select(DECISIONS.c.approver_id).join(PROPOSALS, PROPOSALS.c.id == DECISIONS.c.proposal_id)
                .where(PROPOSALS.c.kind == "create_vendor", PROPOSALS.c.erp_ref == vendor_id,
                       DECISIONS.c.verdict == "approve")
            )
            return list(dict.fromkeys(rows))

    @contextmanager
    def pending_decision(self, proposal_id: str) -> Iterator[_PendingDecision]:
        """The proposal under the write lock with the decisions recorded so far, for
        `agent.approvals.decide` to check and record one more. Commits when the block ends
        without an exception."""
        with self.sessions.begin() as s:
            # Write first, then read: the no-op UPDATE takes the write lock (SQLite has no row
            # locks, and its deferred transactions would let two deciders read the same prior
            # approvals) or the row lock (PostgreSQL), so a concurrent decision waits here and
            # then sees this one.
            s.execute(update(ProposalRow).where(ProposalRow.id == proposal_id).values(status=ProposalRow.status))
            row = s.scalar(select(ProposalRow).where(ProposalRow.id == proposal_id).with_for_update())
            proposal = proposal_record(row) if row else None
            prior = self.decisions_for(proposal_id, s) if proposal else []
            yield _PendingDecision(self, s, proposal, prior)

    def set_case_status(self, session: Session, case_id: str, status: str, reason: str = "") -> None:
        session.execute(update(CaseRow).where(CaseRow.id == case_id)
                        .values(status=status, reason=reason, updated_at=utcnow()))

    # ----------------------------------------------------------------- decisions

    def add_decision(self, session: Session, decision: Decision) -> None:
        session.add(
            DecisionRow(
                proposal_id=decision.proposal_id,
                approver_id=decision.approver_id,
                verdict=decision.verdict,
                reason=decision.reason,
                at=decision.at,
                channel=decision.channel,
            )
        )
        session.flush()

    def decisions_for(self, proposal_id: str, session: Session | None = None) -> list[Decision]:
        def load(s: Session) -> list[Decision]:
            rows = s.execute(select(DECISIONS).where(DECISIONS.c.proposal_id == proposal_id).order_by(DECISIONS.c.id))
            return [decision_record(r) for r in rows]

        if session is not None:
            return load(session)
        with self.reads() as s:
            return load(s)


def bill_identity_resolver(sessions: sessionmaker[Session]) -> Callable[[str], tuple[str, str] | None]:
    """idempotency key -> (vendor id, invoice number), from the bill proposal that carries the key:
    how an ERP without idempotency keys (QuickBooks) finds the bill a key already posted."""

    def resolve(key: str) -> tuple[str, str] | None:
        with sessions() as s:
            row = s.execute(select(PROPOSALS.c.kind, PROPOSALS.c.payload)
                            .where(PROPOSALS.c.idempotency_key == key)).first()
        if row is None or row.kind != "post_bill":
            return None
        payload = row.payload or {}
        if not payload.get("vendor_id") or not payload.get("invoice_number"):
            return None
        return str(payload["vendor_id"]), str(payload["invoice_number"]).strip()

    return resolve


@dataclass
class _PendingDecision:
    """A proposal locked for a decision, inside the store's transaction (see `Store.pending_decision`)."""

    store: Store
    session: Session
    proposal: Proposal | None
    prior: list[Decision]

    def record(self, decision: Decision, *, new_status: ProposalStatus | None, case_status: str | None,
               case_reason: str, audit_payload: dict[str, Any],
               requirement: ApprovalRequirement | None = None) -> None:
        """Add the decision, move the proposal (compare-and-set) and the case, audit it; with
        `requirement`, the proposal takes the approval requirement the current policy gives it
        (audited as its own event first). `DecisionConflict` when a concurrent decision moved the
        proposal first."""
        assert self.proposal is not None
        s = self.session
        if requirement is not None:
            result = self.proposal.policy_result.model_copy(update={"approval": requirement})
            s.execute(update(ProposalRow).where(ProposalRow.id == self.proposal.id)
                      .values(policy_result=result.model_dump(mode="json")))
            before = self.proposal.policy_result.approval
            self.store.audit.append(s, actor="system", action="approval_requirement_changed",
                                    subject=self.proposal.case_id,
                                    payload={"proposal_id": self.proposal.id,
                                             "from": before.model_dump(mode="json") if before else None,
                                             "to": requirement.model_dump(mode="json")})
        self.store.add_decision(s, decision)
        if new_status and not self.store.transition(s, self.proposal.id, from_status=[ProposalStatus.AWAITING_APPROVAL],
                                                    to_status=new_status):
            raise DecisionConflict(self.proposal.id)
        if case_status:
            self.store.set_case_status(s, self.proposal.case_id, case_status, case_reason)
        self.store.audit.append(s, actor=decision.approver_id, action=f"decision_{decision.verdict}",
                                subject=self.proposal.case_id, payload=audit_payload)
