"""Approval matrix extensions: qualified bands, named approvers, dual approval, delegation, reminders."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest

from countersign.domain import ProposalStatus
from countersign.policies.approval import (
    acting_for,
    authorize,
    is_expired,
    reminders_due,
    required_approval,
)
from countersign.policies.schema import ApprovalBand, Delegation, Policy, load_policy
from tests.test_approval import CFO2, MANAGER, NOW, proposal


@pytest.fixture(scope="module")
def policy() -> Policy:
    return load_policy()


def with_(policy: Policy, **update) -> Policy:
    return policy.model_copy(update=update)


def test_qualified_bands_win_and_mismatch_is_skipped(policy: Policy) -> None:
    bands = [
        ApprovalBand(name="it", departments=["IT"], up_to=Decimal("20000.00"), roles=["it_director"]),
        ApprovalBand(name="capex", gl_accounts=["1500"], roles=["controller"], approvers_required=2),
        ApprovalBand(name="cc42", cost_centers=["CC-42"], approvers=[MANAGER]),
        *policy.approval_bands,
    ]
    p = with_(policy, approval_bands=bands)
    it = required_approval(Decimal("12000.00"), p, department="it")
    assert it.band == "it" and it.roles == ["it_director"] and it.matched_on == {"department": "it"}
    assert required_approval(Decimal("20000.01"), p, department="IT").band == "senior"  # ceiling passed: general
    assert required_approval(Decimal("12000.00"), p, department="Sales").band == "senior"
    capex = required_approval(Decimal("100.00"), p, gl_accounts=["6200", "1500"])
    assert capex.band == "capex" and capex.approvers_required == 2 and capex.matched_on == {"gl_account": "1500"}
    cc = required_approval(Decimal("100.00"), p, cost_center="cc-42")
    assert cc.band == "cc42" and cc.approvers == [MANAGER] and cc.roles == []


def test_dual_approval_above_threshold(policy: Policy) -> None:
    p = with_(policy, dual_approval_above=Decimal("5000.00"))
    assert required_approval(Decimal("5000.00"), p).approvers_required == 1
    assert required_approval(Decimal("5000.01"), p).approvers_required == 2


def test_named_approver_without_role(policy: Policy) -> None:
    req = required_approval(Decimal("100"), with_(policy, approval_bands=[ApprovalBand(name="x", approvers=[CFO2])]))
    prop = proposal("100.00", approval=req)
    assert authorize(approver_id=CFO2, proposal=prop, policy=policy, now=NOW) == []
    refused = authorize(approver_id=MANAGER, proposal=prop, policy=policy, now=NOW)
    assert len(refused) == 1 and "U0CFO0002 (Morgan Lee)" in refused[0]


AWAY = Delegation.model_validate({"from": MANAGER, "to": CFO2,
                                  "start": NOW - timedelta(days=1), "end": NOW + timedelta(days=1)})


def test_delegate_acts_only_inside_the_window(policy: Policy) -> None:
    p = with_(policy, delegations=[AWAY])
    prop = proposal()  # standard band: ap_approver; CFO2 holds only cfo
    assert authorize(approver_id=CFO2, proposal=prop, policy=p, now=NOW) == []
    assert acting_for(CFO2, prop, p, NOW) == [MANAGER]
    assert authorize(approver_id=CFO2, proposal=prop, policy=p, now=AWAY.start) == []  # start inclusive
    late = authorize(approver_id=CFO2, proposal=prop, policy=p, now=AWAY.end)  # end exclusive
    assert any("lacks the role" in r for r in late)
    assert any("lacks the role" in r for r in authorize(approver_id=CFO2, proposal=prop, policy=policy, now=NOW))


def test_delegate_cannot_double_the_delegators_approval(policy: Policy) -> None:
    p = with_(policy, delegations=[AWAY], dual_approval_above=Decimal("1000.00"))
    prop = proposal(approval=required_approval(Decimal("1657.80"), p))
    assert prop.policy_result.approval.approvers_required == 2
    reasons = authorize(approver_id=CFO2, proposal=prop, policy=p, now=NOW, prior_approvers=[MANAGER])
    assert len(reasons) == 1 and "already approved" in reasons[0]


def test_delegate_for_a_conflicted_person_cannot_finish(policy: Policy) -> None:
    p = with_(policy, delegations=[AWAY])
    reasons = authorize(approver_id=CFO2, proposal=proposal(), policy=p, now=NOW, po_requester=MANAGER)
    assert len(reasons) == 1 and "Segregation of duties" in reasons[0] and "in place of" in reasons[0]
    # the delegate's own conflict still counts too
    assert any("Segregation" in r
               for r in authorize(approver_id=CFO2, proposal=proposal(), policy=p, now=NOW, uploader=CFO2))


def test_unmapped_identity_still_approves_nothing_even_as_delegate(policy: Policy) -> None:
    ghost = Delegation.model_validate({"from": MANAGER, "to": "U0GHOST", "start": NOW - timedelta(days=1),
                                       "end": NOW + timedelta(days=1)})
    reasons = authorize(approver_id="U0GHOST", proposal=proposal(), policy=with_(policy, delegations=[ghost]), now=NOW)
    assert any("not mapped" in r for r in reasons)


def test_reminders_due(policy: Policy) -> None:
    created = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)
    prop = proposal(created_at=created)
    assert not reminders_due(prop, created + timedelta(hours=23, minutes=59), None, policy=policy)
    assert reminders_due(prop, created + timedelta(hours=24), None, policy=policy)
    last = created + timedelta(hours=24, minutes=5)
    assert not reminders_due(prop, last + timedelta(hours=23), last, policy=policy)
    assert reminders_due(prop, last + timedelta(hours=24), last, policy=policy)
    assert not reminders_due(prop, created + timedelta(hours=72), None, policy=policy)  # expired
    done = proposal(created_at=created, status=ProposalStatus.APPROVED)
    assert not reminders_due(done, created + timedelta(hours=30), None, policy=policy)
    assert not reminders_due(prop, created + timedelta(hours=30), None, policy=with_(policy, reminder_every_hours=None))


def test_is_expired_inclusive(policy: Policy) -> None:
    prop = proposal(expires_at=NOW)
    assert is_expired(prop, NOW, policy) and not is_expired(prop, NOW - timedelta(seconds=1), policy)
    fallback = proposal(expires_at=None, created_at=NOW - timedelta(hours=72))
    assert is_expired(fallback, NOW, policy)
