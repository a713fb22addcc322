"""The approval matrix and the server-side authority check.

`required_approval` maps an invoice total to a band of the policy's approval matrix.
`authorize` is what the server asks before recording an approval: it returns every reason to
refuse (an empty list means allowed). It trusts nothing from the approving client beyond the
approver's id, which is looked up in the policy; the clock is the explicit `now` argument.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from decimal import Decimal

from countersign.domain import ApprovalRequirement, Proposal, ProposalStatus, Severity
from countersign.policies.schema import Policy


def required_approval(total: Decimal, policy: Policy) -> ApprovalRequirement:
    """The approvers an invoice of `total` needs.

    The first band (in file order) whose `up_to` is at least the total; when none is, the first
    band without `up_to`, which catches the rest. `up_to` is inclusive.
    Example (default policy): 10000.00 -> standard (one ap_approver), 10000.01 -> senior
    (one controller), 50000.01 -> executive (two cfo).
    Raises ValueError when no band covers the total (every band has a ceiling below it).
    """
    chosen = next((band for band in policy.approval_bands if band.up_to is not None and total <= band.up_to), None)
    if chosen is None:
        chosen = next((band for band in policy.approval_bands if band.up_to is None), None)
    if chosen is None:
        raise ValueError(f"no approval band covers a total of {total}; add a band without up_to to the policy")
    return ApprovalRequirement(
        roles=list(chosen.roles), approvers_required=chosen.approvers_required, band=chosen.name
    )


def approvals_still_needed(proposal: Proposal, prior_approvers: Sequence[str] = ()) -> int:
    """How many more distinct approvers the proposal needs, given those who already approved.

    Example: a two-approver band with prior_approvers ["U0CFO0001"] still needs 1. A proposal
    without an approval requirement never reaches zero (it needs 1 and nobody may give it).
    """
    approval = proposal.policy_result.approval
    if approval is None:
        return 1
    return max(approval.approvers_required - len(set(prior_approvers)), 0)


def _who(user_id: str, policy: Policy) -> str:
    person = policy.people.get(user_id)
    return f"{user_id} ({person.name})" if person else user_id


def authorize(
    *,
    approver_id: str,
    proposal: Proposal,
    policy: Policy,
    now: datetime,
    prior_approvers: Sequence[str] = (),
    uploader: str | None = None,
    vendor_creator: str | None = None,
    po_requester: str | None = None,
) -> list[str]:
    """Every reason `approver_id` may not approve `proposal` now; an empty list means allowed.

    Refused when: the id is not a person in the policy; the person holds none of the roles the
    approval band needs; the proposal is not awaiting approval; it has expired (`expires_at` at
    or before `now`, or, without `expires_at`, `created_at` plus the policy's
    approval_expiry_hours); the person already approved it; the proposal carries any block
    violation; or segregation of duties: the invoice's uploader, the vendor's creator or the
    PO's requester would be giving the last approval needed (with one approver required, that
    is always).
    Example: U0AP0CLERK (ap_clerk) on a 1,296.00 bill is refused for lacking ap_approver, and
    also as the uploader; U0APMGR01 is allowed.
    """
    reasons: list[str] = []
    who = _who(approver_id, policy)
    person = policy.people.get(approver_id)
    approval = proposal.policy_result.approval

    if person is None:
        reasons.append(
            f"{approver_id} is not mapped to a person in the policy; unmapped identities can approve nothing."
        )
    elif approval is None:
        reasons.append(
            "The proposal has no approval requirement (its total is unknown); nobody can approve it."
        )
    else:
        needed = set(approval.roles)
        held = set(person.roles)
        if not needed & held:
            need_text = " or ".join(approval.roles) or "(no role configured)"
            held_text = ", ".join(sorted(held)) if held else "none"
            reasons.append(
                f"{who} lacks the role this approval needs: the {approval.band or 'matching'} band requires "
                f"{need_text}; they have {held_text}."
            )

    if proposal.status != ProposalStatus.AWAITING_APPROVAL:
        reasons.append(
            f"The proposal is {proposal.status.value}, not awaiting_approval; only proposals awaiting "
            "approval can be approved."
        )

    expires_at = proposal.expires_at or proposal.created_at + timedelta(hours=policy.approval_expiry_hours)
    if expires_at <= now:
        reasons.append(
            f"The proposal expired at {expires_at.isoformat()} (now {now.isoformat()}); it must be "
            "re-validated and proposed again."
        )

    if approver_id in prior_approvers:
        reasons.append(f"{who} has already approved this proposal; another approval must come from someone else.")

    blocking: list[str] = []
    for violation in proposal.policy_result.violations:
        if violation.severity == Severity.BLOCK and violation.code not in blocking:
            blocking.append(violation.code)
    if blocking:
        reasons.append(
            f"The proposal is blocked by {', '.join(blocking)}; a proposal with block violations can never be approved."
        )

    roles_in_case: list[str] = []
    if uploader is not None and approver_id == uploader:
        roles_in_case.append("uploaded the invoice")
    if vendor_creator is not None and approver_id == vendor_creator:
        roles_in_case.append("created the vendor")
    if po_requester is not None and approver_id == po_requester:
        roles_in_case.append("requested the purchase order")
    if roles_in_case and approver_id not in prior_approvers:
        remaining = approvals_still_needed(proposal, prior_approvers)
        if remaining <= 1:
            reasons.append(
                f"Segregation of duties: {who} {' and '.join(roles_in_case)}, so they cannot give the "
                "final approval; someone else must approve."
            )
    return reasons
