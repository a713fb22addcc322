"""Applying a human decision: checked on the server, recorded once, then the graph resumes.

The approver is whoever is authenticated on the channel (the Slack clicker, the terminal user),
never a name found in a payload. The policy decides whether that identity may approve this
proposal; an unmapped identity can approve nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.exc import IntegrityError

from countersign.agent.authority import approve_refusals, decision_evidence, refusals_now, under_current_policy
from countersign.agent.log_context import bound
from countersign.agent.runner import run_case
from countersign.agent.runtime import DecisionConflict, Runtime
from countersign.domain import CaseStatus, CaseView, Decision, Proposal, ProposalStatus, Verdict
from countersign.policies.approval import acting_for, approvals_still_needed, counted_approvers
from countersign.ports import ERPUnavailable


@dataclass(frozen=True)
class DecisionOutcome:
    applied: bool
    proposal_id: str
    status: str  # the proposal's status afterwards
    refusals: list[str] = field(default_factory=list)
    case_status: str | None = None


def decide(
    services: Runtime, proposal_id: str, *, approver_id: str, verdict: Verdict, reason: str = "",
    channel: str = "terminal", now: datetime | None = None,
) -> DecisionOutcome:
    """Check the decision against the current policy and record it in one transaction under the
    proposal's write lock; then carry the case on (post, or notify the rejection).

    The band is asked again under the policy of this moment (bands tightened while the request
    waited apply to it), and only approvals that still carry authority under it count."""
    now = now or services.clock()
    if verdict == Verdict.REJECT and not reason.strip():
        return DecisionOutcome(False, proposal_id, "", ["a rejection needs a reason"])
    with bound(proposal_id=proposal_id):
        return _decide(services, proposal_id, approver_id, verdict, reason, channel, now)


def _decide(services: Runtime, proposal_id: str, approver_id: str, verdict: Verdict, reason: str, channel: str,
            now: datetime) -> DecisionOutcome:
    store, policy = services.store, services.policy
    refusals: list[str] = []
    new_status: ProposalStatus | None = None
    case_id = ""
    try:
        with store.pending_decision(proposal_id) as pending:
            drafted = pending.proposal
            if drafted is None:
                return DecisionOutcome(False, proposal_id, "", [f"no proposal {proposal_id}"])
            case_id = drafted.case_id
            if drafted.status == ProposalStatus.SUPERSEDED:
                raise _Superseded(_superseded_refusal(services, drafted))
            proposal, refusals = under_current_policy(services, drafted)
            prior = counted_approvers(pending.prior, proposal, policy)
            refusals = refusals or _refusals(services, proposal, prior, approver_id, verdict, now)
            if not refusals:
                if verdict == Verdict.REJECT:
                    new_status = ProposalStatus.REJECTED
                elif approvals_still_needed(proposal, [*prior, approver_id]) == 0:
                    new_status = ProposalStatus.APPROVED
                rejected = new_status == ProposalStatus.REJECTED
                changed = proposal.policy_result.approval != drafted.policy_result.approval
                pending.record(
                    Decision(proposal_id=proposal_id, approver_id=approver_id, verdict=verdict, reason=reason,
                             at=now, channel=channel),
                    new_status=new_status, case_status=CaseStatus.REJECTED if rejected else None,
                    case_reason=f"rejected by {policy.name_of(approver_id)}: {reason}" if rejected else "",
                    requirement=proposal.policy_result.approval if changed else None,
                    audit_payload={"proposal_id": proposal_id, "reason": reason, "channel": channel,
                                   "acting_for": acting_for(approver_id, proposal, policy, now),
                                   "status_after": new_status or proposal.status,
                                   **decision_evidence(proposal, policy, approver_id, now, prior)},
                )
    except (DecisionConflict, IntegrityError):
        refusals = ["another decision on this proposal was applied first"]
    except _Superseded as exc:
        refusals = [str(exc)]
    if refusals:
        current = store.get_proposal(proposal_id)
        store.record(actor=approver_id, action="decision_refused", subject=current.case_id if current else case_id,
                     payload={"proposal_id": proposal_id, "verdict": verdict, "refusals": refusals,
                              "channel": channel})
        return DecisionOutcome(False, proposal_id, current.status if current else "", refusals)
    case_status = None
    if new_status:
        try:
            case_status = run_case(services, case_id)
        except ERPUnavailable:  # the decision stands; the post is tried again by a worker or `recover`
            case = store.get_case(case_id)
            case_status = case.status if case else None
    after = store.get_proposal(proposal_id)
    return DecisionOutcome(True, proposal_id, after.status if after else "", [], case_status)


class _Superseded(Exception):
    """The decision names a proposal that a correction or a re-run replaced."""


def _superseded_refusal(services: Runtime, proposal: Proposal) -> str:
    current = [p for p in services.store.proposals_for_case(proposal.case_id)
               if p.status == ProposalStatus.AWAITING_APPROVAL]
    now = f"; the case's request now is {current[-1].id}" if current else ""
    return (f"proposal {proposal.id} was superseded by a correction or a re-run of case {proposal.case_id}: "
            f"its approvals no longer count and it can never post{now}")


def waiting_for(services: Runtime, approver_id: str, now: datetime) -> list[tuple[Proposal, CaseView]]:
    """The open approval requests `approver_id` may approve now, oldest first, with their cases:
    asked as `decide` would ask (`authority.refusals_now`), so no list offers a request the click
    would then refuse."""
    if approver_id not in services.policy.people:
        return []
    mine = []
    for proposal in services.store.proposals_with_status([ProposalStatus.AWAITING_APPROVAL]):
        case = services.store.get_case(proposal.case_id)
        if case is not None and not refusals_now(services, proposal, approver_id, now):
            mine.append((proposal, case))
    return mine


def _refusals(services: Runtime, proposal: Proposal, prior: list[str], approver_id: str, verdict: Verdict,
              now: datetime) -> list[str]:
    """Every reason the decision may not be applied (none: it may)."""
    if verdict == Verdict.REJECT:
        return _reject_refusals(services, proposal, approver_id, now)
    return approve_refusals(services, proposal, prior, approver_id, now)


def _reject_refusals(services: Runtime, proposal: Proposal, approver_id: str, now: datetime) -> list[str]:
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


def expire_overdue(services: Runtime, now: datetime | None = None) -> list[str]:
    """Mark every approval request past its expiry as expired (it can never post), then finish its case."""
    now = now or services.clock()
    return _expire(services, now, services.store.proposals_with_status([ProposalStatus.AWAITING_APPROVAL]))[0]


def expire_and_list(services: Runtime, now: datetime | None = None) -> tuple[list[str], list[Proposal]]:
    """`expire_overdue`, then the requests still awaiting approval. The queue is read once when
    none of it was overdue (nothing changed), and again only after an expiry finished a case."""
    now = now or services.clock()
    awaiting = services.store.proposals_with_status([ProposalStatus.AWAITING_APPROVAL])
    expired, any_overdue = _expire(services, now, awaiting)
    if any_overdue:
        awaiting = services.store.proposals_with_status([ProposalStatus.AWAITING_APPROVAL])
    return expired, awaiting


def _expire(services: Runtime, now: datetime, awaiting: list[Proposal]) -> tuple[list[str], bool]:
    """(the requests this call expired, whether any of `awaiting` was overdue)."""
    store = services.store
    expired = []
    overdue = [p for p in awaiting if p.expires_at and p.expires_at <= now]
    for proposal in overdue:
        if store.expire_proposal(proposal,
                                 reason=f"approval request expired at {proposal.expires_at:%Y-%m-%d %H:%M} UTC"):
            expired.append(proposal.id)
        run_case(services, proposal.case_id, wait=0)  # if another driver holds it, it applies the expiry
    return expired, bool(overdue)
