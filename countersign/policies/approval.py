"""The approval matrix and the server-side authority check.

`required_approval` maps an invoice (total, the PO's department and cost center, the GL
accounts its lines are coded to) to a band of the policy's approval matrix. `authorize` is what
the server asks before recording an approval: it returns every reason to refuse (an empty list
means allowed). It trusts nothing from the approving client beyond the approver's id, which is
looked up in the policy; the clock is the explicit `now` argument.

Worked example (default policy): a 1,657.80 bill needs one ap_approver (standard band); a
60,000.00 bill needs two distinct cfo approvals (executive band, and `dual_approval_above`).
While U0APMGR01 is away with a delegation {from: U0APMGR01, to: U0CONTROL, start, end},
U0CONTROL may approve for U0APMGR01's roles between start (inclusive) and end (exclusive), but
not if U0APMGR01 already approved the same proposal, and never as the uploader, the vendor's
creator or the PO's requester giving the final approval. An id not in `people` approves nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from countersign.domain import CENT, ApprovalRequirement, Decision, Proposal, ProposalStatus, Severity, Verdict
from countersign.policies.schema import ApprovalBand, Policy


def _norm(value: str | None) -> str:
    return (value or "").strip().casefold()


def _qualifies(
    band: ApprovalBand, department: str | None, cost_center: str | None, gl_accounts: set[str]
) -> dict[str, str] | None:
    """The qualifiers that matched (empty for an unqualified band), or None when the band does not apply."""
    matched: dict[str, str] = {}
    if band.departments:
        if _norm(department) not in {_norm(d) for d in band.departments}:
            return None
        matched["department"] = department or ""
    if band.cost_centers:
        if _norm(cost_center) not in {_norm(c) for c in band.cost_centers}:
            return None
        matched["cost_center"] = cost_center or ""
    if band.gl_accounts:
        hit = sorted(gl_accounts & {a.strip() for a in band.gl_accounts})
        if not hit:
            return None
        matched["gl_account"] = ", ".join(hit)
    return matched


def _covers(band: ApprovalBand, total: Decimal) -> bool:
    return band.up_to is not None and total <= band.up_to


class UnpricedCurrency(ValueError):
    """The total is in a currency the policy gives no rate for: it cannot be banded."""


def in_policy_currency(total: Decimal, currency: str | None, policy: Policy) -> Decimal:
    """`total` in the policy's currency, at the policy's rate (to the cent, half up).
    Example: 9999.00 GBP with fx_rates {GBP: "1.27"} on a USD policy is 12698.73."""
    code = (currency or policy.currency).strip().upper()
    if code == policy.currency.upper():
        return total
    rate = policy.fx_rates.get(code)
    if rate is None:
        raise UnpricedCurrency(f"the policy prices no {code}: add a rate to fx_rates (units of {policy.currency} "
                               f"per {code}) before {code} invoices can be banded for approval")
    return (total * rate).quantize(CENT, rounding=ROUND_HALF_UP)


def required_approval(
    total: Decimal,
    policy: Policy,
    *,
    currency: str | None = None,
    department: str | None = None,
    cost_center: str | None = None,
    gl_accounts: Iterable[str] = (),
) -> ApprovalRequirement:
    """The approvers an invoice of `total` (in `currency`, the policy's by default) needs.

    Bands whose qualifiers (departments, cost_centers, gl_accounts) all match are preferred to
    unqualified bands; a band with a qualifier the invoice does not meet is skipped. Within each
    group: the first band (file order) whose `up_to` is at least the total, else the first band
    without `up_to`, which catches the rest. `up_to` is inclusive. Above `dual_approval_above`
    at least two distinct approvers are required, whatever the band says.
    Example (default policy): 10000.00 -> standard (one ap_approver), 10000.01 -> senior
    (one controller), 50000.01 -> executive (two cfo). With a band {name: it, departments: [IT],
    up_to: "20000.00", roles: [it_director]} first, a 12,000.00 PO from IT -> it.
    A total in another currency is converted with the policy's `fx_rates` first
    (`UnpricedCurrency` when it has no rate): 9,999 GBP is not a 9,999 USD invoice.
    Raises ValueError when no band covers the total (every band has a ceiling below it).
    """
    original, code = total, (currency or policy.currency).strip().upper()
    total = in_policy_currency(total, code, policy)
    accounts = {a.strip() for a in gl_accounts if a}
    qualified: list[tuple[ApprovalBand, dict[str, str]]] = []
    general: list[tuple[ApprovalBand, dict[str, str]]] = []
    for band in policy.approval_bands:
        matched = _qualifies(band, department, cost_center, accounts)
        if matched is None:
            continue
        (qualified if band.qualified else general).append((band, matched))
    chosen: tuple[ApprovalBand, dict[str, str]] | None = None
    for group in (qualified, general):
        chosen = next((c for c in group if _covers(c[0], total)), None) or next(
            (c for c in group if c[0].up_to is None), None
        )
        if chosen:
            break
    if chosen is None:
        raise ValueError(f"no approval band covers a total of {total}; add a band without up_to to the policy")
    band, matched = chosen
    if code != policy.currency.upper():
        matched = {**matched, "currency": f"{original} {code} = {total} {policy.currency} at {policy.fx_rates[code]}"}
    required = band.approvers_required
    if policy.dual_approval_above is not None and total > policy.dual_approval_above:
        required = max(required, 2)
    return ApprovalRequirement(
        roles=list(band.roles),
        approvers_required=required,
        band=band.name,
        approvers=list(band.approvers),
        matched_on=matched,
    )


def vendor_creation_requirement(policy: Policy) -> ApprovalRequirement:
    """Who must approve adding a vendor (and its bank details) to the vendor master."""
    creation = policy.vendor_creation
    return ApprovalRequirement(roles=list(creation.roles), approvers_required=creation.approvers_required,
                               band="vendor master")


def counted_approvers(decisions: Sequence[Decision], proposal: Proposal, policy: Policy) -> list[str]:
    """The distinct people whose recorded approvals count towards `proposal`'s requirement under
    `policy`: each approval by someone who held the authority (own, or a delegation active when
    they decided). What decide, recover, the post step and `audit verify` all count."""
    counted: list[str] = []
    for decision in decisions:
        if decision.verdict != Verdict.APPROVE or decision.approver_id in counted:
            continue
        if acting_for(decision.approver_id, proposal, policy, decision.at):
            counted.append(decision.approver_id)
    return counted


def approvals_still_needed(proposal: Proposal, prior_approvers: Sequence[str] = ()) -> int:
    """How many more distinct approvers the proposal needs, given those who already approved.

    Example: a two-approver band with prior_approvers ["U0CFO0001"] still needs 1. A proposal
    without an approval requirement never reaches zero (it needs 1 and nobody may give it).
    """
    approval = proposal.policy_result.approval
    if approval is None:
        return 1
    return max(approval.approvers_required - len(set(prior_approvers)), 0)


# --------------------------------------------------------------------------- authority


def _holds(user_id: str, approval: ApprovalRequirement, policy: Policy) -> bool:
    """Whether the person themself may approve: named in the band, or holding one of its roles."""
    return user_id in approval.approvers or bool(set(approval.roles) & policy.roles_of(user_id))


def active_delegators(user_id: str, policy: Policy, now: datetime) -> list[str]:
    """Whom `user_id` stands in for at `now` (delegations active: start <= now < end)."""
    out: list[str] = []
    for delegation in policy.delegations:
        if delegation.to == user_id and delegation.active(now) and delegation.from_ not in out:
            out.append(delegation.from_)
    return out


def acting_for(approver_id: str, proposal: Proposal, policy: Policy, now: datetime) -> list[str]:
    """Whose authority an approval by `approver_id` uses: [approver_id] when their own, else the
    delegators (away at `now`) whose authority covers this proposal. Empty: no authority at all.
    Record it with the decision so the audit trail says "U0CONTROL for U0APMGR01"."""
    approval = proposal.policy_result.approval
    if approval is None or approver_id not in policy.people:
        return []
    if _holds(approver_id, approval, policy):
        return [approver_id]
    return [d for d in active_delegators(approver_id, policy, now) if _holds(d, approval, policy)]


def expires_at(proposal: Proposal, policy: Policy) -> datetime:
    """When the request lapses: `expires_at`, or `created_at` plus the policy's approval_expiry_hours."""
    return proposal.expires_at or proposal.created_at + timedelta(hours=policy.approval_expiry_hours)


def is_expired(proposal: Proposal, now: datetime, policy: Policy) -> bool:
    """Expired at or after `expires_at` (inclusive): an expired request never posts."""
    return expires_at(proposal, policy) <= now


def reminders_due(
    proposal: Proposal, now: datetime, last_reminded_at: datetime | None, *, policy: Policy
) -> bool:
    """Whether the approvers should be reminded now.

    Only while the proposal awaits approval and has not expired, and only when reminders are on
    (`reminder_every_hours`). The first reminder is due one interval after `created_at`; each
    next one, one interval after `last_reminded_at`. Boundaries are inclusive.
    Example (every 24 h, created 2026-11-20T09:00Z): at 2026-11-21T08:59Z no; at 09:00Z yes;
    reminded at 09:05Z, next due 2026-11-22T09:05Z.
    """
    every = policy.reminder_every_hours
    if every is None or proposal.status != ProposalStatus.AWAITING_APPROVAL or is_expired(proposal, now, policy):
        return False
    since = last_reminded_at or proposal.created_at
    return now >= since + timedelta(hours=every)


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
    vendor_approvers: Sequence[str] = (),
    correctors: Sequence[str] = (),
) -> list[str]:
    """Every reason `approver_id` may not approve `proposal` now; an empty list means allowed.

    Refused when: the id is not a person in the policy; the person neither holds one of the
    band's roles nor is named in it, and stands in (delegation active at `now`) for nobody who
    does; they act only for delegators who already approved this proposal; the proposal is not
    awaiting approval; it has expired (`expires_at` at or before `now`, or, without
    `expires_at`, `created_at` plus the policy's approval_expiry_hours); the person already
    approved it; the proposal carries any block violation; or segregation of duties: the
    invoice's uploader, the vendor's creator, whoever approved the vendor (and so its bank
    details), the PO's requester, or whoever corrected the invoice's values, or a delegate acting
    for one of them, would be giving the last approval needed (with one approver required, that is always).
    Example: U0AP0CLERK (ap_clerk) on a 1,296.00 bill is refused for lacking ap_approver, and
    also as the uploader; U0APMGR01 is allowed.
    """
    reasons: list[str] = []
    who = _who(approver_id, policy)
    refusal, sources = _authority(approver_id, proposal, policy, now, prior_approvers)
    if refusal is not None:
        reasons.append(refusal)

    if proposal.status != ProposalStatus.AWAITING_APPROVAL:
        reasons.append(
            f"The proposal is {proposal.status.value}, not awaiting_approval; only proposals awaiting "
            "approval can be approved."
        )

    lapse = expires_at(proposal, policy)
    if lapse <= now:
        reasons.append(
            f"The proposal expired at {lapse.isoformat()} (now {now.isoformat()}); it must be "
            "re-validated and proposed again."
        )

    if approver_id in prior_approvers:
        reasons.append(f"{who} has already approved this proposal; another approval must come from someone else.")

    blocking = _blocking_codes(proposal)
    if blocking:
        reasons.append(
            f"The proposal is blocked by {', '.join(blocking)}; a proposal with block violations can never be approved."
        )

    if approver_id not in prior_approvers and approvals_still_needed(proposal, prior_approvers) <= 1:
        refusal = _segregation(approver_id, sources, policy, uploader=uploader, vendor_creator=vendor_creator,
                               po_requester=po_requester, vendor_approvers=vendor_approvers, correctors=correctors)
        if refusal is not None:
            reasons.append(refusal)
    return reasons


def _authority(
    approver_id: str, proposal: Proposal, policy: Policy, now: datetime, prior_approvers: Sequence[str]
) -> tuple[str | None, list[str]]:
    """`authorize`'s first checks: the reason the person has no authority to approve this proposal
    (None when they have it), and whose authority their approval would use: themself, or the
    delegators they stand in for who have not approved it yet (empty without authority)."""
    who = _who(approver_id, policy)
    person = policy.people.get(approver_id)
    approval = proposal.policy_result.approval
    if person is None:
        return (
            f"{approver_id} is not mapped to a person in the policy; unmapped identities can approve nothing.",
            [],
        )
    if approval is None:
        return "The proposal has no approval requirement (its total is unknown); nobody can approve it.", []
    sources = acting_for(approver_id, proposal, policy, now)
    if not sources:
        need = list(approval.roles) + [_who(u, policy) for u in approval.approvers]
        need_text = " or ".join(need) or "(no role configured)"
        held = set(person.roles)
        held_text = ", ".join(sorted(held)) if held else "none"
        return (
            f"{who} lacks the role this approval needs: the {approval.band or 'matching'} band requires "
            f"{need_text}; they have {held_text}, and stand in for nobody who has it.",
            [],
        )
    if sources == [approver_id]:
        return None, sources
    fresh = [d for d in sources if d not in prior_approvers]
    if not fresh:
        return (
            f"{who} may approve only in place of {', '.join(_who(d, policy) for d in sources)}, who already "
            "approved this proposal; another approval must come from someone else.",
            fresh,
        )
    return None, fresh


def _blocking_codes(proposal: Proposal) -> list[str]:
    """The codes of the proposal's block violations, each once, in order."""
    blocking: list[str] = []
    for violation in proposal.policy_result.violations:
        if violation.severity == Severity.BLOCK and violation.code not in blocking:
            blocking.append(violation.code)
    return blocking


def _segregation(
    approver_id: str,
    sources: list[str],
    policy: Policy,
    *,
    uploader: str | None,
    vendor_creator: str | None,
    po_requester: str | None,
    vendor_approvers: Sequence[str] = (),
    correctors: Sequence[str] = (),
) -> str | None:
    """Segregation of duties for the final approval: the reason `approver_id` may not give it
    (they, or every delegator they would act for, uploaded the invoice, created or approved the
    vendor, requested the PO, or corrected the invoice's values), else None."""
    who = _who(approver_id, policy)

    def conflicts(user: str) -> list[str]:
        found: list[str] = []
        if uploader is not None and user == uploader:
            found.append("uploaded the invoice")
        if vendor_creator is not None and user == vendor_creator:
            found.append("created the vendor")
        if user in vendor_approvers:
            found.append("approved the vendor and its bank details")
        if po_requester is not None and user == po_requester:
            found.append("requested the purchase order")
        if user in correctors:
            found.append("corrected the invoice's values")
        return found

    own = conflicts(approver_id)
    if own:
        return (
            f"Segregation of duties: {who} {' and '.join(own)}, so they cannot give the "
            "final approval; someone else must approve."
        )
    if sources and approver_id not in sources and all(conflicts(d) for d in sources):
        names = ", ".join(f"{_who(d, policy)} ({' and '.join(conflicts(d))})" for d in sources)
        return (
            f"Segregation of duties: {who} would approve in place of {names}, who cannot give the final "
            "approval; someone else must approve."
        )
    return None
