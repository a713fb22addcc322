"""The approval matrix and the server-side authority check."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest

from countersign.domain import (
    ApprovalRequirement,
    PolicyResult,
    Proposal,
    ProposalStatus,
    Severity,
    Violation,
)
from countersign.policies.approval import approvals_still_needed, authorize, required_approval
from countersign.policies.schema import ApprovalBand, Policy, load_policy

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)

CLERK = "U0AP0CLERK"  # ap_clerk
MANAGER = "U0APMGR01"  # ap_approver
CONTROLLER = "U0CONTROL"  # controller, ap_approver
CFO1 = "U0CFO0001"  # cfo, controller, ap_approver
CFO2 = "U0CFO0002"  # cfo


@pytest.fixture(scope="module")
def policy() -> Policy:
    return load_policy()


def proposal(
    total: str = "1657.80",
    *,
    status: ProposalStatus = ProposalStatus.AWAITING_APPROVAL,
    violations: list[Violation] | None = None,
    approval: ApprovalRequirement | None | Any = "auto",
    expires_at: datetime | None | Any = "auto",
    created_at: datetime = NOW - timedelta(hours=1),
) -> Proposal:
    if approval == "auto":
        approval = required_approval(Decimal(total), load_policy())
    if expires_at == "auto":
        expires_at = created_at + timedelta(hours=72)
    return Proposal(
        id="P-1",
        case_id="C-100",
        payload={"vendor_id": "V001", "invoice_number": "INV-1043", "total": total},
        policy_result=PolicyResult(violations=violations or [], approval=approval),
        idempotency_key="k" * 32,
        status=status,
        created_at=created_at,
        expires_at=expires_at,
    )


def allowed(reasons: list[str]) -> bool:
    return reasons == []


# --------------------------------------------------------------------------- required_approval


@pytest.mark.parametrize(
    ("total", "band", "roles", "count"),
    [
        ("0.01", "standard", ["ap_approver"], 1),
        ("10000.00", "standard", ["ap_approver"], 1),
        ("10000.01", "senior", ["controller"], 1),
        ("50000.00", "senior", ["controller"], 1),
        ("50000.01", "executive", ["cfo"], 2),
        ("9999999.99", "executive", ["cfo"], 2),
    ],
)
def test_required_approval_bands(policy: Policy, total: str, band: str, roles: list[str], count: int) -> None:
    requirement = required_approval(Decimal(total), policy)
    assert requirement.band == band
    assert requirement.roles == roles
    assert requirement.approvers_required == count


def test_unbounded_band_catches_the_rest_wherever_it_stands(policy: Policy) -> None:
    bands = [
        ApprovalBand(name="catch_all", roles=["cfo"]),
        ApprovalBand(name="small", up_to=Decimal("100.00"), roles=["ap_approver"]),
    ]
    reordered = policy.model_copy(update={"approval_bands": bands})
    assert required_approval(Decimal("100.00"), reordered).band == "small"
    assert required_approval(Decimal("100.01"), reordered).band == "catch_all"


def test_no_band_covers_total_raises(policy: Policy) -> None:
    bounded = policy.model_copy(update={"approval_bands": [b for b in policy.approval_bands if b.up_to]})
    with pytest.raises(ValueError, match="no approval band"):
        required_approval(Decimal("50000.01"), bounded)


# --------------------------------------------------------------------------- authorize: the happy path


def test_approver_with_role_is_allowed(policy: Policy) -> None:
    assert allowed(authorize(approver_id=MANAGER, proposal=proposal(), policy=policy, now=NOW))


def test_higher_role_holder_also_qualifies(policy: Policy) -> None:
    assert allowed(authorize(approver_id=CONTROLLER, proposal=proposal(), policy=policy, now=NOW))


# --------------------------------------------------------------------------- identity and role


def test_unmapped_identity_is_refused(policy: Policy) -> None:
    reasons = authorize(approver_id="U123", proposal=proposal(), policy=policy, now=NOW)
    assert reasons == ["U123 is not mapped to a person in the policy; unmapped identities can approve nothing."]


def test_missing_role_names_needed_and_held_roles(policy: Policy) -> None:
    reasons = authorize(approver_id=CLERK, proposal=proposal(), policy=policy, now=NOW)
    assert len(reasons) == 1
    assert "ap_approver" in reasons[0] and "ap_clerk" in reasons[0] and "standard" in reasons[0]


def test_senior_band_refuses_plain_approver(policy: Policy) -> None:
    reasons = authorize(approver_id=MANAGER, proposal=proposal("24000.00"), policy=policy, now=NOW)
    assert len(reasons) == 1 and "controller" in reasons[0]
    assert allowed(authorize(approver_id=CONTROLLER, proposal=proposal("24000.00"), policy=policy, now=NOW))


def test_person_without_roles(policy: Policy) -> None:
    people = dict(policy.people)
    people["U0NOROLE"] = policy.people[CLERK].model_copy(update={"roles": []})
    bare = policy.model_copy(update={"people": people})
    reasons = authorize(approver_id="U0NOROLE", proposal=proposal(), policy=bare, now=NOW)
    assert len(reasons) == 1 and "they have none" in reasons[0]


def test_no_approval_requirement_is_refused(policy: Policy) -> None:
    reasons = authorize(approver_id=CFO1, proposal=proposal(approval=None), policy=policy, now=NOW)
    assert len(reasons) == 1 and "no approval requirement" in reasons[0]


# --------------------------------------------------------------------------- status and expiry


@pytest.mark.parametrize(
    "status",
    [ProposalStatus.DRAFT, ProposalStatus.APPROVED, ProposalStatus.REJECTED, ProposalStatus.EXPIRED,
     ProposalStatus.POSTED, ProposalStatus.FAILED],
)
def test_only_awaiting_approval_can_be_approved(policy: Policy, status: ProposalStatus) -> None:
    reasons = authorize(approver_id=MANAGER, proposal=proposal(status=status), policy=policy, now=NOW)
    assert len(reasons) == 1 and status.value in reasons[0]


def test_expiry_is_inclusive(policy: Policy) -> None:
    just_before = proposal(expires_at=NOW + timedelta(seconds=1))
    assert allowed(authorize(approver_id=MANAGER, proposal=just_before, policy=policy, now=NOW))
    at = proposal(expires_at=NOW)
    reasons = authorize(approver_id=MANAGER, proposal=at, policy=policy, now=NOW)
    assert len(reasons) == 1 and "expired" in reasons[0]


def test_missing_expiry_falls_back_to_policy_hours(policy: Policy) -> None:
    fresh = proposal(expires_at=None, created_at=NOW - timedelta(hours=71))
    assert allowed(authorize(approver_id=MANAGER, proposal=fresh, policy=policy, now=NOW))
    stale = proposal(expires_at=None, created_at=NOW - timedelta(hours=72))
    assert any("expired" in r for r in authorize(approver_id=MANAGER, proposal=stale, policy=policy, now=NOW))


# --------------------------------------------------------------------------- repeat approvals


def test_same_person_cannot_approve_twice(policy: Policy) -> None:
    big = proposal("60000.00")
    assert allowed(authorize(approver_id=CFO1, proposal=big, policy=policy, now=NOW))
    reasons = authorize(approver_id=CFO1, proposal=big, policy=policy, now=NOW, prior_approvers=[CFO1])
    assert len(reasons) == 1 and "already approved" in reasons[0]
    assert allowed(authorize(approver_id=CFO2, proposal=big, policy=policy, now=NOW, prior_approvers=[CFO1]))


def test_approvals_still_needed(policy: Policy) -> None:
    assert approvals_still_needed(proposal()) == 1
    assert approvals_still_needed(proposal(), [MANAGER]) == 0
    big = proposal("60000.00")
    assert approvals_still_needed(big) == 2
    assert approvals_still_needed(big, [CFO1]) == 1
    assert approvals_still_needed(big, [CFO1, CFO1]) == 1  # distinct people count
    assert approvals_still_needed(big, [CFO1, CFO2]) == 0
    assert approvals_still_needed(proposal(approval=None)) == 1


# --------------------------------------------------------------------------- block violations


def test_block_violation_can_never_be_approved(policy: Policy) -> None:
    violations = [
        Violation(code="DUPLICATE_INVOICE", severity=Severity.BLOCK, message="dup"),
        Violation(code="PO_PRICE_VARIANCE", severity=Severity.REVIEW, message="price"),
        Violation(code="BANK_DETAILS_CHANGED", severity=Severity.BLOCK, message="iban"),
        Violation(code="DUPLICATE_INVOICE", severity=Severity.BLOCK, message="dup again"),
    ]
    reasons = authorize(approver_id=CFO1, proposal=proposal(violations=violations), policy=policy, now=NOW)
    assert len(reasons) == 1
    assert "blocked by DUPLICATE_INVOICE, BANK_DETAILS_CHANGED" in reasons[0]
    assert "PO_PRICE_VARIANCE" not in reasons[0]


def test_review_violations_do_not_refuse(policy: Policy) -> None:
    violations = [Violation(code="PO_PRICE_VARIANCE", severity=Severity.REVIEW, message="price")]
    assert allowed(authorize(approver_id=MANAGER, proposal=proposal(violations=violations), policy=policy, now=NOW))


# --------------------------------------------------------------------------- segregation of duties


@pytest.mark.parametrize("capacity", ["uploader", "vendor_creator", "po_requester"])
def test_conflicted_person_cannot_be_sole_approver(policy: Policy, capacity: str) -> None:
    reasons = authorize(approver_id=MANAGER, proposal=proposal(), policy=policy, now=NOW, **{capacity: MANAGER})
    assert len(reasons) == 1 and "Segregation of duties" in reasons[0]
    # somebody else in the same capacity does not conflict
    assert allowed(authorize(approver_id=MANAGER, proposal=proposal(), policy=policy, now=NOW, **{capacity: CLERK}))


def test_sod_names_every_conflict(policy: Policy) -> None:
    reasons = authorize(
        approver_id=CONTROLLER, proposal=proposal(), policy=policy, now=NOW,
        uploader=CONTROLLER, vendor_creator=CONTROLLER, po_requester=CONTROLLER,
    )
    assert len(reasons) == 1
    for words in ("uploaded the invoice", "created the vendor", "requested the purchase order"):
        assert words in reasons[0]


def test_conflicted_person_may_give_a_non_final_approval(policy: Policy) -> None:
    big = proposal("60000.00")  # executive band: two cfo approvals
    assert allowed(authorize(approver_id=CFO1, proposal=big, policy=policy, now=NOW, po_requester=CFO1))
    # ...but not the last one
    reasons = authorize(
        approver_id=CFO1, proposal=big, policy=policy, now=NOW, prior_approvers=[CFO2], po_requester=CFO1
    )
    assert len(reasons) == 1 and "Segregation of duties" in reasons[0]


def test_two_conflicted_people_cannot_complete_together(policy: Policy) -> None:
    big = proposal("60000.00")
    assert allowed(authorize(approver_id=CFO1, proposal=big, policy=policy, now=NOW, uploader=CFO1, po_requester=CFO2))
    reasons = authorize(
        approver_id=CFO2, proposal=big, policy=policy, now=NOW, prior_approvers=[CFO1], uploader=CFO1,
        po_requester=CFO2,
    )
    assert any("Segregation of duties" in r for r in reasons)


# --------------------------------------------------------------------------- all reasons at once


def test_all_reasons_are_reported_together(policy: Policy) -> None:
    stale_blocked = proposal(
        status=ProposalStatus.APPROVED,
        expires_at=NOW - timedelta(minutes=1),
        violations=[Violation(code="VENDOR_UNKNOWN", severity=Severity.BLOCK, message="who?")],
    )
    reasons = authorize(
        approver_id=CLERK, proposal=stale_blocked, policy=policy, now=NOW, prior_approvers=[CLERK], uploader=CLERK
    )
    text = "\n".join(reasons)
    for needle in ("ap_approver", "approved, not awaiting_approval", "expired", "already approved", "VENDOR_UNKNOWN"):
        assert needle in text
