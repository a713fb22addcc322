"""What a case waits on, from the store and the audit log only: the facts behind "why did X stall".

`stall_report` is pure over plain records, so the CLI, the chat agent and Slack all give the same
answer, and a model can only phrase it, never invent it.
"""

from __future__ import annotations

from datetime import datetime
from types import SimpleNamespace
from typing import Any

from countersign.agent.authority import eligible_approvers
from countersign.agent.runtime import CaseReader
from countersign.domain import (
    AuditEvent,
    CaseStatus,
    CaseView,
    CrmWriteBack,
    Decision,
    Proposal,
    ProposalStatus,
    Severity,
    WriteBackState,
)
from countersign.policies.rules import REQUIRED_FIELDS
from countersign.policies.schema import Policy
from countersign.ports import ERPReader


def stall_report(
    case: CaseView, proposals: list[Proposal], decisions: dict[str, list[Decision]], events: list[AuditEvent],
    policy: Policy, now: datetime, write_backs: list[CrmWriteBack] | None = None,
    eligible: dict[str, list[str]] | None = None,
) -> dict[str, Any]:
    """`eligible`: per awaiting proposal, who the policy would accept as its next approver
    (`authority.eligible_approvers`); without it, everyone holding a required role is listed."""
    waiting: list[dict[str, Any]] = []
    result = case.policy_result
    if case.status == CaseStatus.FAILED_INTAKE:
        waiting.append({"kind": "unreadable_document", "reason": case.reason})
    for name in REQUIRED_FIELDS:
        if case.extracted and not (case.extracted.get("fields", {}).get(name) or {}).get("value"):
            waiting.append({"kind": "missing_field", "field": name})
    if result:
        for v in result.violations:
            if v.severity in (Severity.BLOCK, Severity.REVIEW):
                waiting.append({"kind": "violation", "code": v.code, "severity": str(v.severity), "message": v.message})
    waiting += _proposal_waits(case, proposals, decisions, events, policy, now, eligible or {})
    for w in write_backs or []:
        if w.state != WriteBackState.WRITTEN:
            waiting.append(_write_back_wait(w))
    rejected = next((e for e in reversed(events) if e.action == "decision_reject"), None)
    return {
        "case_id": case.id,
        "kind": case.kind,
        "file": case.filename,
        "invoice_number": case.invoice_number,
        "vendor": case.vendor_name,
        "total": format(case.total, "f") if case.total is not None else None,
        "currency": case.currency,
        "status": case.status,
        "reason": case.reason,
        "stalled": case.status not in (CaseStatus.POSTED, CaseStatus.REJECTED),
        "since": case.updated_at.isoformat(),
        "received_at": case.created_at.isoformat(),
        "rejected_by": {"id": rejected.actor, "name": policy.name_of(rejected.actor),
                        "reason": rejected.payload.get("reason", "")} if rejected else None,
        "posted_as": next((p.erp_ref for p in proposals if p.erp_ref), None),
        "posted_at": next((e.at.isoformat() for e in reversed(events) if e.action == "posted"), None),
        "approvals": [{"id": d.approver_id, "name": policy.name_of(d.approver_id), "at": d.at.isoformat()}
                      for p in proposals for d in decisions.get(p.id, []) if d.verdict == "approve"],
        "waiting_on": waiting,
        "crm_write_backs": [{"crm": w.crm, "opportunity_id": w.opportunity_id, "state": str(w.state),
                             "invoice_number": w.invoice_number, "invoice_status": w.invoice_status,
                             "payment_status": w.payment_status} for w in write_backs or []],
    }


def _proposal_waits(case: CaseView, proposals: list[Proposal], decisions: dict[str, list[Decision]],
                    events: list[AuditEvent], policy: Policy, now: datetime,
                    eligible: dict[str, list[str]]) -> list[dict[str, Any]]:
    """What the case's proposals wait on: an approval, an ERP that did not answer, a failed post."""
    waiting: list[dict[str, Any]] = []
    for proposal in proposals:
        if proposal.status == ProposalStatus.AWAITING_APPROVAL:
            waiting.append(_approval_wait(proposal, decisions.get(proposal.id, []), events, policy, now,
                                          eligible.get(proposal.id)))
        elif proposal.status == ProposalStatus.APPROVED:  # approved, not yet posted: the ERP did not answer
            deferred = next((e for e in reversed(events) if e.action == "post_deferred"
                             and e.payload.get("proposal_id") == proposal.id), None)
            if deferred is not None:
                waiting.append({"kind": "deferred_post", "system": deferred.payload.get("erp", "ERP"),
                                "message": deferred.payload.get("error", ""), "since": deferred.at.isoformat()})
        elif proposal.status == ProposalStatus.FAILED:
            failure = next((e.payload for e in reversed(events) if e.action == "post_failed"), {})
            waiting.append({"kind": "failed_post", "system": failure.get("erp", "ERP"),
                            "message": failure.get("error", case.reason)})
    return waiting


def _write_back_wait(w: CrmWriteBack) -> dict[str, Any]:
    """The CRM has not been told yet (pending, retried by the worker) or the retries ran out (failed)."""
    return {"kind": "crm_write_back", "system": w.crm, "opportunity_id": w.opportunity_id, "state": str(w.state),
            "values": {k: v for k, v in (("invoice_number", w.invoice_number), ("invoice_status", w.invoice_status),
                                         ("payment_status", w.payment_status)) if v is not None},
            "attempts": w.attempts, "message": w.last_error,
            "next_attempt_at": w.next_attempt_at.isoformat() if w.next_attempt_at else None}


def _approval_wait(proposal: Proposal, decisions: list[Decision], events: list[AuditEvent], policy: Policy,
                   now: datetime, eligible: list[str] | None) -> dict[str, Any]:
    approval = proposal.policy_result.approval
    roles = approval.roles if approval else []
    approvers = eligible if eligible is not None else sorted(
        pid for pid, person in policy.people.items() if set(person.roles) & set(roles))
    approved_by = [d.approver_id for d in decisions if d.verdict == "approve"]
    refused = [e for e in events if e.action == "decision_refused" and e.payload.get("proposal_id") == proposal.id]
    reminders = [e for e in events if e.action == "reminder_sent" and e.payload.get("proposal_id") == proposal.id]
    hours = (now - proposal.created_at).total_seconds() / 3600
    return {
        "kind": "approval",
        "proposal_id": proposal.id,
        "proposal_kind": proposal.kind,
        "roles": roles,
        "band": approval.band if approval else None,
        "approvals_needed": (approval.approvers_required if approval else 1) - len(approved_by),
        "approved_by": [{"id": a, "name": policy.name_of(a)} for a in approved_by],
        "who_can_approve": [{"id": a, "name": policy.name_of(a)} for a in approvers],
        "requested_at": proposal.created_at.isoformat(),
        "waiting_hours": round(hours, 1),
        "expires_at": proposal.expires_at.isoformat() if proposal.expires_at else None,
        "reminders_sent": len(reminders),
        "refused_attempts": [{"id": e.actor, "name": policy.name_of(e.actor), "why": e.payload.get("refusals", [])}
                             for e in refused],
    }


def stall_report_for(store: CaseReader, policy: Policy, now: datetime, case: CaseView,
                     erp: ERPReader | None = None) -> dict[str, Any]:
    """Gather the records for one case and build its report (the I/O edge of this module). The
    approvers it names are those the policy would accept now, segregation of duties included
    (`erp` lets that check read the vendor and PO of a case validated before facts were kept)."""
    proposals = store.proposals_for_case(case.id)
    decisions = {p.id: store.decisions_for(p.id) for p in proposals}
    records = SimpleNamespace(store=store, erp=erp, policy=policy)
    eligible = {p.id: eligible_approvers(records, p, now, decisions[p.id])
                for p in proposals if p.status == ProposalStatus.AWAITING_APPROVAL}
    return stall_report(case, proposals, decisions, store.case_events(case.id), policy, now,
                        store.write_backs_for_case(case.id), eligible)
