"""Corrections and re-runs: a correction supersedes the case's proposals (their approvals no longer
count anywhere), validates the corrected values and needs a fresh approval; nothing approved for
one set of values posts with another."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select, update

from countersign.agent.approvals import decide
from countersign.agent.corrections import correct, rerun
from countersign.agent.runner import process_file, recover
from countersign.app.audit_check import check_postings
from countersign.domain import AuditEvent, CaseStatus, ProposalStatus, Verdict
from countersign.policies.schema import load_policy
from countersign.tables import LedgerBillRow, ProposalRow
from tests.conftest import NOW

CLERK = "U0AP0CLERK"  # uploads
AP = "U0APMGR01"  # ap_approver
CONTROLLER = "U0CONTROL"  # controller, ap_approver
CFO = "U0CFO0001"


def bills(services) -> list[LedgerBillRow]:
    """Bills posted by these tests (the seeded ledger holds older ones)."""
    with services.sessions() as s:
        mine = LedgerBillRow.invoice_number.in_(["INV-1043", "INV-1043-B", "INV-88120"])
        return list(s.scalars(select(LedgerBillRow).where(mine)))


def proposals(services, case_id):
    return {p.id: p for p in services.store.proposals_for_case(case_id)}


def waiting(services, demo_pdfs, name="clean"):
    result = process_file(services, demo_pdfs[name], uploader=CLERK)
    assert result.status == CaseStatus.AWAITING_APPROVAL
    [proposal] = services.store.proposals_for_case(result.case_id)
    return result.case_id, proposal


def test_a_correction_that_keeps_the_key_supersedes_and_needs_a_fresh_approval(services, demo_pdfs):
    case_id, old = waiting(services, demo_pdfs)
    outcome = correct(services, case_id, {"due_date": "2026-12-31"}, who=CLERK, reason="terms are net 45",
                      channel="cli")
    assert outcome.applied, outcome.refusals
    assert outcome.superseded == [old.id] and outcome.status == CaseStatus.AWAITING_APPROVAL
    new = services.store.get_proposal(outcome.proposal_id)
    assert new.id != old.id and new.idempotency_key == old.idempotency_key  # same bill, same ERP key
    assert new.payload["due_date"] == "2026-12-31" and old.payload["due_date"] != "2026-12-31"
    assert services.store.get_proposal(old.id).status == ProposalStatus.SUPERSEDED
    [c] = services.store.corrections_for(case_id)
    assert (c.field, c.new_value, c.who, c.why) == ("due_date", "2026-12-31", CLERK, "terms are net 45")
    assert c.old_value == old.payload["due_date"]

    refused = decide(services, old.id, approver_id=AP, verdict=Verdict.APPROVE)  # an old card's button
    assert not refused.applied and "superseded" in refused.refusals[0] and new.id in refused.refusals[0]
    assert bills(services) == []

    assert decide(services, new.id, approver_id=AP, verdict=Verdict.APPROVE).status == ProposalStatus.POSTED
    [bill] = bills(services)
    assert bill.due_date.isoformat() == "2026-12-31"  # what posts is what was approved
    assert services.audit.verify().ok
    actions = [e.action for e in services.audit.events(case_id)]
    assert actions.index("proposal_superseded") < actions.index("corrected") < actions.index("rerun")


def test_a_corrected_invoice_number_changes_the_key_and_the_old_approvals_never_count(services, demo_pdfs):
    case_id, old = waiting(services, demo_pdfs)
    outcome = correct(services, case_id, {"invoice_number": "INV-1043-B"}, who=CLERK, reason="suffix was cut off",
                      channel="console")
    assert outcome.applied
    new = services.store.get_proposal(outcome.proposal_id)
    assert new.payload["invoice_number"] == "INV-1043-B" and new.idempotency_key != old.idempotency_key
    assert services.store.get_case(case_id).invoice_number == "INV-1043-B"
    # Even with a database edit that marks the superseded proposal approved, it posts nothing:
    with services.sessions.begin() as s:
        s.execute(update(ProposalRow).where(ProposalRow.id == old.id).values(status=ProposalStatus.APPROVED))
    assert services.store.approvals_on_record(old.id) == []
    decide(services, new.id, approver_id=AP, verdict=Verdict.APPROVE)
    assert [b.invoice_number for b in bills(services)] == ["INV-1043-B"]


def test_a_corrected_total_is_validated_again(services, demo_pdfs):
    case_id, old = waiting(services, demo_pdfs)
    outcome = correct(services, case_id, {"total": "1,600.00"}, who=CLERK, reason="credit agreed by phone",
                      channel="console")
    assert outcome.applied and outcome.status == CaseStatus.BLOCKED and outcome.proposal_id is None
    case = services.store.get_case(case_id)
    assert case.total == Decimal("1600.00") and "TOTALS_MISMATCH" in [v.code for v in case.policy_result.violations]
    assert services.store.get_proposal(old.id).status == ProposalStatus.SUPERSEDED
    assert not decide(services, old.id, approver_id=AP, verdict=Verdict.APPROVE).applied
    assert bills(services) == []


def test_approvals_given_before_a_correction_do_not_count_after_it(open_ws, demo_pdfs):
    policy = load_policy()
    two = [policy.approval_bands[0].model_copy(update={"approvers_required": 2}), *policy.approval_bands[1:]]
    with open_ws(policy=policy.model_copy(update={"approval_bands": two})) as services:
        case_id, old = waiting(services, demo_pdfs)  # 1,657.80: two ap_approvers under this policy
        first = decide(services, old.id, approver_id=CONTROLLER, verdict=Verdict.APPROVE)
        assert first.applied and first.status == ProposalStatus.AWAITING_APPROVAL
        outcome = correct(services, case_id, {"due_date": "2026-12-24"}, who=CLERK, reason="net 45",
                          channel="cli")
        assert outcome.applied
        new = services.store.get_proposal(outcome.proposal_id)
        assert services.store.approvals_on_record(new.id) == []
        second = decide(services, new.id, approver_id=AP, verdict=Verdict.APPROVE)
        assert second.applied and second.status == ProposalStatus.AWAITING_APPROVAL  # one of two, again
        assert bills(services) == []


def test_whoever_corrects_may_not_give_the_final_approval(services, demo_pdfs):
    case_id, _ = waiting(services, demo_pdfs)
    outcome = correct(services, case_id, {"invoice_date": "2026-11-09"}, who=AP, reason="misread", channel="cli")
    assert outcome.applied
    refused = decide(services, outcome.proposal_id, approver_id=AP, verdict=Verdict.APPROVE)
    assert not refused.applied and "corrected the invoice's values" in " ".join(refused.refusals)
    assert decide(services, outcome.proposal_id, approver_id=CONTROLLER, verdict=Verdict.APPROVE).applied


@pytest.mark.parametrize(("who", "changes", "reason", "expected"), [
    ("U0NOBODY", {"total": "1.00"}, "x", "not mapped"),
    (CLERK, {"total": "1.00"}, "  ", "say why"),
    (CLERK, {"total": "one hundred"}, "x", "not an amount"),
    (CLERK, {"due_date": "31/12/2026"}, "x", "not a date"),
    (CLERK, {"vendor_id": "V009"}, "x", "cannot be corrected"),
    (CLERK, {}, "x", "at least one field"),
])
def test_bad_corrections_are_refused_and_audited(services, demo_pdfs, who, changes, reason, expected):
    case_id, old = waiting(services, demo_pdfs)
    outcome = correct(services, case_id, changes, who=who, reason=reason, channel="cli")
    assert not outcome.applied and expected in " ".join(outcome.refusals)
    assert services.store.get_proposal(old.id).status == ProposalStatus.AWAITING_APPROVAL
    assert services.audit.events(case_id)[-1].action == "correction_refused"


def test_a_posted_case_cannot_be_corrected_or_rerun(services, demo_pdfs):
    case_id, old = waiting(services, demo_pdfs)
    decide(services, old.id, approver_id=AP, verdict=Verdict.APPROVE)
    assert not correct(services, case_id, {"total": "1.00"}, who=CLERK, reason="x", channel="cli").applied
    assert "posted" in rerun(services, case_id, who=CLERK, channel="cli").refusals[0]
    assert len(bills(services)) == 1


def test_an_approved_proposal_being_posted_refuses_a_correction(services, demo_pdfs):
    case_id, old = waiting(services, demo_pdfs)
    with services.sessions.begin() as s:  # approved, the post not done yet (the ERP did not answer)
        s.execute(update(ProposalRow).where(ProposalRow.id == old.id).values(status=ProposalStatus.APPROVED))
    outcome = correct(services, case_id, {"total": "1.00"}, who=CLERK, reason="x", channel="cli")
    assert not outcome.applied and "approved and being posted" in outcome.refusals[0]
    assert services.store.get_proposal(old.id).status == ProposalStatus.APPROVED


def test_a_rejected_case_is_corrected_into_a_new_request(services, demo_pdfs):
    case_id, old = waiting(services, demo_pdfs, "variance")
    decide(services, old.id, approver_id=AP, verdict=Verdict.REJECT, reason="price is wrong")
    assert "correct a value" in rerun(services, case_id, who=CLERK, channel="cli").refusals[0]
    outcome = correct(services, case_id, {"invoice_date": "2026-11-13"}, who=CLERK,
                      reason="the vendor re-issued it", channel="cli")
    assert outcome.applied and outcome.status == CaseStatus.AWAITING_APPROVAL
    assert services.store.get_proposal(old.id).status == ProposalStatus.SUPERSEDED


def test_rerun_of_a_blocked_case_runs_it_again_in_a_new_graph_thread(services, demo_pdfs):
    result = process_file(services, demo_pdfs["bank"], uploader=CLERK)
    assert result.status == CaseStatus.BLOCKED
    outcome = rerun(services, result.case_id, who=CLERK, reason="vendor master updated", channel="cli")
    assert outcome.applied and outcome.run == 1 and outcome.status == CaseStatus.BLOCKED
    case = services.store.get_case(result.case_id)
    assert case.run == 1
    state = services.graph.get_state({"configurable": {"thread_id": f"{case.id}/run1"}})
    assert state.next == () and state.values["outcome"] == CaseStatus.BLOCKED
    actions = [e.action for e in services.audit.events(case.id)]
    assert actions.count("blocked") == 2 and actions.count("extracted") == 1  # the stored reading, not a new one


def test_waiting_cases_are_not_rerun(services, demo_pdfs):
    case_id, _ = waiting(services, demo_pdfs)
    outcome = rerun(services, case_id, who=CLERK, channel="cli")
    assert not outcome.applied and "waits for approval" in outcome.refusals[0]


def test_recover_finishes_a_run_that_was_started_but_never_driven(services, demo_pdfs):
    case_id, old = waiting(services, demo_pdfs)
    restart = services.store.restart_case(case_id, who=CLERK, reason="x", channel="cli")  # then the process died
    assert restart.superseded == [old.id]
    assert services.store.get_case(case_id).status == CaseStatus.PROCESSING
    assert recover(services) == [case_id]
    [new] = [p for p in services.store.proposals_for_case(case_id) if p.status == ProposalStatus.AWAITING_APPROVAL]
    assert new.id != old.id


def test_audit_verify_flags_a_posting_of_a_superseded_proposal():
    def event(seq, action, **payload):
        return AuditEvent(seq, NOW + timedelta(seconds=seq), "U0APMGR01", action, "C-1", payload, "h")

    requirement = {"roles": ["ap_approver"], "approvers_required": 1}
    events = [event(1, "approval_requested", proposal_id="P-1", **requirement),
              event(2, "decision_approve", proposal_id="P-1", requirement=requirement, authority=["ap_approver"]),
              event(3, "proposal_superseded", proposal_id="P-1"),
              event(4, "posted", proposal_id="P-1")]
    [problem] = check_postings(events)
    assert "superseded" in problem
    assert check_postings([e for e in events if e.action != "proposal_superseded"]) == []


def test_one_live_proposal_per_key_in_the_database(services, demo_pdfs):
    case_id, old = waiting(services, demo_pdfs)
    correct(services, case_id, {"due_date": "2026-12-30"}, who=CLERK, reason="x", channel="cli")
    with services.sessions() as s:
        live = s.scalar(select(func.count()).select_from(ProposalRow)
                        .where(ProposalRow.idempotency_key == old.idempotency_key,
                               ProposalRow.status != ProposalStatus.SUPERSEDED))
    assert live == 1
