"""Who may decide a proposal, asked when someone decides and again when nobody is looking.

The approval requirement is asked of the policy of this moment (`current_requirement`), only
approvals that carry authority under it count (`policies.approval.counted_approvers`), and the
people with a part in the proposal (uploader, vendor creator and approvers, PO requester) may not
give its final approval (`conflicts_of_interest`). `decide` uses this for a person's click;
`recover` uses it to finish a proposal whose recorded approvals already suffice.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol

from countersign.agent.runtime import CaseReader, Runtime
from countersign.domain import ApprovalRequirement, CaseFacts, CaseView, Decision, OrderFacts, Proposal, Verdict
from countersign.policies.approval import (
    acting_for,
    approvals_still_needed,
    authorize,
    counted_approvers,
    vendor_creation_requirement,
)
from countersign.policies.runner import invoice_requirement
from countersign.policies.sales_orders import order_requirement
from countersign.policies.schema import Policy, policy_digest
from countersign.ports import ERPReader


class Records(Protocol):
    """What judging an approver reads: the case store, the ERP (for cases validated before the
    facts snapshot; may be None where no ERP is at hand) and the policy. `Services` and the chat's
    `ToolDeps` are both one, so the chat names approvers by the same checks a click meets."""

    @property
    def store(self) -> CaseReader: ...

    @property
    def erp(self) -> ERPReader | None: ...

    @property
    def policy(self) -> Policy: ...


def under_current_policy(services: Records | Runtime, proposal: Proposal,
                         case: CaseView | None = None) -> tuple[Proposal, list[str]]:
    """The proposal with the approval requirement the current policy gives it (from the facts
    validation saw), or the refusal when the current policy gives it none. `case`: the proposal's
    case as the caller has just read it (else it is read here)."""
    try:
        requirement = current_requirement(services, proposal, case)
    except ValueError as exc:  # UnpricedCurrency, or no band covers the total any more
        return proposal, [f"Under the current policy this proposal has no approval band: {exc}."]
    if requirement is None or requirement == proposal.policy_result.approval:
        return proposal, []
    result = proposal.policy_result.model_copy(update={"approval": requirement})
    return proposal.model_copy(update={"policy_result": result}), []


def current_requirement(services: Records | Runtime, proposal: Proposal,
                        case: CaseView | None = None) -> ApprovalRequirement | None:
    """Who must approve `proposal` under the policy now; None when the facts it was drafted from
    were not kept (a case validated before the snapshot existed: its drafted band stands)."""
    policy = services.policy
    if proposal.kind == "create_vendor":
        return vendor_creation_requirement(policy)
    case = case or services.store.get_case(proposal.case_id)
    if case is None or not case.facts:
        return None
    if proposal.kind == "sync_order":
        return order_requirement(OrderFacts.model_validate(case.facts), policy)
    return invoice_requirement(CaseFacts.model_validate(case.facts), policy)


def decision_evidence(proposal: Proposal, policy: Policy, approver_id: str, now: datetime,
                      prior: list[str]) -> dict[str, Any]:
    """What the audit event of a decision keeps so that `audit verify` can judge the posting that
    follows by the policy of this moment: the requirement, the approver's authority, and the
    policy's digest."""
    approval = proposal.policy_result.approval
    return {
        "requirement": approval.model_dump(mode="json") if approval else None,
        "authority": sorted({role for who in acting_for(approver_id, proposal, policy, now)
                             for role in policy.roles_of(who)}),
        "counted_before": prior,
        "policy_digest": policy_digest(policy),
    }


def conflicts_of_interest(services: Records | Runtime, proposal: Proposal,
                          case: CaseView | None = None) -> dict[str, Any]:
    """Who may not give the final approval because of their part in it: the uploader, the
    vendor's creator and whoever approved the vendor, the PO's requester, whoever corrected the
    invoice's values. The vendor and the PO
    are those validation saw (the case's facts snapshot); a case validated before snapshots were
    kept reads them from the ERP. `case`: the proposal's case as the caller has just read it."""
    case = case or services.store.get_case(proposal.case_id)
    # the facts validation saw (as `CaseReader.case_facts` reads them), from the case in hand
    facts = CaseFacts.model_validate(case.facts) if case and case.kind == "invoice" and case.facts else None
    if facts is not None:
        vendor, po = facts.vendor_match.vendor, facts.purchase_order
    elif services.erp is None:
        vendor, po = None, None
    else:
        vendor = services.erp.get_vendor(proposal.payload.get("vendor_id", ""))
        po_number = proposal.payload.get("po_number")
        po = services.erp.get_purchase_order(po_number) if po_number else None
    return {"uploader": case.uploader if case else None, "vendor_creator": vendor.created_by if vendor else None,
            "vendor_approvers": services.store.vendor_approvers(vendor.id) if vendor else [],
            "po_requester": po.requester if po else None,
            "correctors": services.store.correctors(proposal.case_id)}


def completed_by_record(services: Runtime, proposal: Proposal, decisions: list[Decision]) -> bool:
    """Whether the approvals already recorded for `proposal` complete it under the current policy:
    enough counted approvals, no rejection, and one of them free to be the final one (segregation
    of duties). Two approvers deciding at once can each be recorded as a non-final approval; this
    is how such a proposal is finished instead of waiting forever."""
    if any(d.verdict == Verdict.REJECT for d in decisions):
        return False
    proposal, refusals = under_current_policy(services, proposal)
    counted = counted_approvers(decisions, proposal, services.policy)
    if refusals or approvals_still_needed(proposal, counted) > 0:
        return False
    conflicts = conflicts_of_interest(services, proposal)
    by_id = {d.approver_id: d for d in decisions}
    return any(
        not authorize(approver_id=who, proposal=proposal, policy=services.policy, now=by_id[who].at,
                      prior_approvers=[other for other in counted if other != who], **conflicts)
        for who in counted
    )


def approve_refusals(services: Records | Runtime, proposal: Proposal, prior: list[str], approver_id: str,
                     now: datetime, conflicts: dict[str, Any] | None = None) -> list[str]:
    """Every reason `approver_id` may not approve `proposal` (already under the current policy,
    `prior` its counted approvers): authority, state, expiry, blocks and segregation of duties.
    The one check a click (`approvals.decide`) and an approver list (chat, stall report) share.
    `conflicts`: `conflicts_of_interest` of the proposal, when the caller asks for several people."""
    if conflicts is None:
        conflicts = conflicts_of_interest(services, proposal)
    refusals = authorize(approver_id=approver_id, proposal=proposal, policy=services.policy, now=now,
                         prior_approvers=prior, **conflicts)
    if conflicts["uploader"] is None:  # a case from before intake refused unknown uploaders
        refusals.append("The case has no recorded uploader, so segregation of duties cannot be checked; "
                        "reject it and submit the invoice again.")
    return refusals


def refusals_now(services: Records | Runtime, proposal: Proposal, approver_id: str, now: datetime,
                 decisions: list[Decision] | None = None) -> list[str]:
    """What `decide` would answer if `approver_id` approved `proposal` at `now` (empty: allowed)."""
    return _refusals_of(services, proposal, [approver_id], now, decisions)[approver_id]


def eligible_approvers(services: Records | Runtime, proposal: Proposal, now: datetime,
                       decisions: list[Decision] | None = None, case: CaseView | None = None) -> list[str]:
    """The people the policy would accept as the next approver of `proposal` at `now`,
    delegates included, conflicted people and those who already approved left out. `decisions`
    and `case`: the proposal's, as the caller has just read them (else they are read here)."""
    people = list(services.policy.people)
    return sorted(pid for pid, refusals in _refusals_of(services, proposal, people, now, decisions, case).items()
                  if not refusals)


def _refusals_of(services: Records | Runtime, proposal: Proposal, people: list[str], now: datetime,
                 decisions: list[Decision] | None, case: CaseView | None = None) -> dict[str, list[str]]:
    """`refusals_now` for several people, with what they share (the case, the current policy's
    reading of the proposal, its decisions, its conflicts of interest) read once, not once a person."""
    case = case or services.store.get_case(proposal.case_id)
    proposal, refusals = under_current_policy(services, proposal, case)
    if refusals:
        return {pid: list(refusals) for pid in people}
    if decisions is None:
        decisions = services.store.decisions_for(proposal.id)
    prior = counted_approvers(decisions, proposal, services.policy)
    conflicts = conflicts_of_interest(services, proposal, case)
    return {pid: approve_refusals(services, proposal, prior, pid, now, conflicts) for pid in people}
