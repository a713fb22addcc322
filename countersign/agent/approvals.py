"""Applying a human decision: checked on the server, recorded once, then the graph resumes.

The approver is whoever is authenticated on the channel (the Slack clicker, the terminal user),
never a name found in a payload. The policy decides whether that identity may approve this
proposal; an unmapped identity can approve nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.exc import IntegrityError

from countersign.app import store as st
from countersign.agent.runner import run_case
from countersign.app.bootstrap import Services
from countersign.domain import Decision, ProposalStatus, Verdict
from countersign.policies.approval import acting_for, approvals_still_needed, authorize
from countersign.ports import ERPUnavailable


@dataclass(frozen=True)
class DecisionOutcome:
    applied: bool
    proposal_id: str
    status: str  # the proposal's status afterwards
    refusals: list[str] = field(default_factory=list)
    case_status: str | None = None


def decide(
    services: Services, proposal_id: str, *, approver_id: str, verdict: Verdict, reason: str = "",
    channel: str = "terminal", now: datetime | None = None,
) -> DecisionOutcome:
    store, policy = services.store, services.policy
    now = now or services.clock()
    if verdict == Verdict.REJECT and not reason.strip():
        return DecisionOutcome(False, proposal_id, "", ["a rejection needs a reason"])
    refusals: list[str] = []
    new_status: str | None = None
    try:
        with store.sessions.begin() as s:
            proposal = store.lock_proposal(s, proposal_id)
            if proposal is None:
                return DecisionOutcome(False, proposal_id, "", [f"no proposal {proposal_id}"])
            case = store.get_case(proposal.case_id)
            prior = [d.approver_id for d in store.decisions_for(proposal_id, s) if d.verdict == Verdict.APPROVE]
            vendor = services.erp.get_vendor(proposal.payload.get("vendor_id", ""))
            po_number = proposal.payload.get("po_number")
            po = services.erp.get_purchase_order(po_number) if po_number else None
            refusals = authorize(
                approver_id=approver_id, proposal=proposal, policy=policy, now=now, prior_approvers=prior,
                uploader=case.uploader, vendor_creator=vendor.created_by if vendor else None,
                po_requester=po.requester if po else None,
            ) if verdict == Verdict.APPROVE else _reject_refusals(services, proposal, approver_id, now)
            if not refusals:
                store.add_decision(s, Decision(proposal_id=proposal_id, approver_id=approver_id, verdict=verdict,
                                               reason=reason, at=now, channel=channel))
                if verdict == Verdict.REJECT:
                    new_status = ProposalStatus.REJECTED
                elif approvals_still_needed(proposal, [*prior, approver_id]) == 0:
                    new_status = ProposalStatus.APPROVED
                if new_status and not store.transition(
                    s, proposal_id, from_status=[ProposalStatus.AWAITING_APPROVAL], to_status=new_status
                ):
                    raise _Lost()
                if new_status == ProposalStatus.REJECTED:
                    store.set_case_status(s, proposal.case_id, st.REJECTED,
                                          f"rejected by {policy.name_of(approver_id)}: {reason}")
                store.audit.append(s, actor=approver_id, action=f"decision_{verdict}", subject=proposal.case_id,
                                   payload={"proposal_id": proposal_id, "reason": reason, "channel": channel,
                                            "acting_for": acting_for(approver_id, proposal, policy, now),
                                            "status_after": new_status or proposal.status})
    except (_Lost, IntegrityError):
        refusals = ["another decision on this proposal was applied first"]
    if refusals:
        proposal = store.get_proposal(proposal_id)
        store.audit.record(actor=approver_id, action="decision_refused", subject=proposal.case_id,
                           payload={"proposal_id": proposal_id, "verdict": verdict, "refusals": refusals,
                                    "channel": channel})
        return DecisionOutcome(False, proposal_id, proposal.status, refusals)
    case_status = None
    if new_status:
        try:
            case_status = run_case(services, proposal.case_id)
        except ERPUnavailable:  # the decision stands; the post is tried again by a worker or `recover`
            case_status = store.get_case(proposal.case_id).status
    after = store.get_proposal(proposal_id)
    return DecisionOutcome(True, proposal_id, after.status, [], case_status)


def _reject_refusals(services: Services, proposal, approver_id: str, now: datetime) -> list[str]:
    """Who may reject: any mapped person holding a required role, while the proposal is open."""
    policy = services.policy
    if approver_id not in policy.people:
        return [f"{approver_id} is not mapped to a person in the policy; unmapped identities can decide nothing"]
    if proposal.status != ProposalStatus.AWAITING_APPROVAL:
        return [f"proposal {proposal.id} is {proposal.status}, not awaiting approval"]
    if not acting_for(approver_id, proposal, policy, now):
        return [f"{policy.name_of(approver_id)} holds none of the roles {', '.join(proposal.required_roles)} "
                "and stands in for nobody who does"]
    return []


def expire_overdue(services: Services, now: datetime | None = None) -> list[str]:
    """Mark every approval request past its expiry as expired (it can never post), then finish its case."""
    store = services.store
    now = now or services.clock()
    expired = []
    for proposal in store.proposals_with_status([ProposalStatus.AWAITING_APPROVAL]):
        if proposal.expires_at and proposal.expires_at <= now:
            with store.sessions.begin() as s:
                if store.transition(s, proposal.id, from_status=[ProposalStatus.AWAITING_APPROVAL],
                                    to_status=ProposalStatus.EXPIRED):
                    store.set_case_status(s, proposal.case_id, st.EXPIRED,
                                          f"approval request expired at {proposal.expires_at:%Y-%m-%d %H:%M} UTC")
                    store.audit.append(s, actor="system", action="approval_expired", subject=proposal.case_id,
                                       payload={"proposal_id": proposal.id, "expires_at": proposal.expires_at})
                    expired.append(proposal.id)
            run_case(services, proposal.case_id, wait=0)  # if another driver holds it, it applies the expiry
    return expired


class _Lost(Exception):
    """Our compare-and-set lost to a concurrent decision."""
