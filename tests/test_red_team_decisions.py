"""Red team of the decision path: each attack is built here and shown refused or bounded.

Items of the approval-boundary issue: simultaneous approvals on SQLite (4), the vendor path of
segregation of duties (5), the policy at decision time and currencies (6), a broken policy file
and the log level (9), and no recovery inside a decision (1).
"""

from __future__ import annotations

import threading
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from countersign.agent import authority
from countersign.agent.approvals import decide
from countersign.agent.runner import process_file, recover
from countersign.domain import Decision, ProposalStatus, Severity, Verdict
from countersign.policies.approval import UnpricedCurrency, required_approval
from countersign.policies.runner import validate
from countersign.policies.schema import default_policy_text, parse_policy
from countersign.tables import LedgerBillRow
from tests.conftest import NOW
from tests.test_policy_rules import facts, invoice

CLERK, MANAGER, CONTROLLER, CFO1, CFO2 = "U0AP0CLERK", "U0APMGR01", "U0CONTROL", "U0CFO0001", "U0CFO0002"


def policy_with(old: str, new: str):
    text = default_policy_text()
    assert old in text
    return parse_policy(text.replace(old, new))


DUAL_STANDARD = ("    up_to: \"10000.00\"\n    roles: [ap_approver]\n",
                 "    up_to: \"10000.00\"\n    roles: [ap_approver]\n    approvers_required: 2\n")


def bills(services, number: str) -> int:
    with services.sessions() as s:
        return s.scalar(select(func.count()).select_from(LedgerBillRow).where(LedgerBillRow.invoice_number == number))


# --------------------------------------------------------------------------- 4. two approvals at once


def test_two_simultaneous_approvals_of_a_dual_approval_bill_post_it_once(open_ws, demo_pdfs, monkeypatch):
    """Both approvers click at the same moment. Each decision must see the other's: the second is
    the final one, the bill posts once, and nobody is left waiting for '0 approvals'."""
    real_authorize = authority.authorize  # the one approval check decide asks (agent.authority)
    both_inside = threading.Barrier(2)

    def authorize_together(**kwargs):
        try:  # without a write lock both deciders get here before either records its approval
            both_inside.wait(timeout=1.5)
        except threading.BrokenBarrierError:
            pass
        return real_authorize(**kwargs)

    with open_ws(policy=policy_with(*DUAL_STANDARD)) as services:
        case_id = process_file(services, demo_pdfs["clean"], uploader=CLERK).case_id
        [proposal] = services.store.proposals_for_case(case_id)
        assert proposal.policy_result.approval.approvers_required == 2
        monkeypatch.setattr(authority, "authorize", authorize_together)
        outcomes = {}

        def approve(who: str) -> None:
            outcomes[who] = decide(services, proposal.id, approver_id=who, verdict=Verdict.APPROVE)

        threads = [threading.Thread(target=approve, args=(who,)) for who in (MANAGER, CONTROLLER)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert all(o.applied for o in outcomes.values()), outcomes
        assert services.store.get_proposal(proposal.id).status == ProposalStatus.POSTED
        assert bills(services, "INV-1043") == 1


def test_recover_completes_a_proposal_whose_approvals_are_all_recorded(open_ws, demo_pdfs):
    """A proposal left awaiting with every approval it needs recorded (what the race above left
    behind) is completed by `recover`, and posts once."""
    with open_ws(policy=policy_with(*DUAL_STANDARD)) as services:
        case_id = process_file(services, demo_pdfs["clean"], uploader=CLERK).case_id
        [proposal] = services.store.proposals_for_case(case_id)
        for who in (MANAGER, CONTROLLER):  # recorded, never promoted
            with services.store.pending_decision(proposal.id) as pending:
                pending.record(Decision(proposal_id=proposal.id, approver_id=who, verdict=Verdict.APPROVE, at=NOW),
                               new_status=None, case_status=None, case_reason="",
                               audit_payload={"proposal_id": proposal.id})
        assert services.store.get_proposal(proposal.id).status == ProposalStatus.AWAITING_APPROVAL
        assert case_id in recover(services)
        assert services.store.get_proposal(proposal.id).status == ProposalStatus.POSTED
        assert bills(services, "INV-1043") == 1
        assert "approval_completed" in [e.action for e in services.audit.events(case_id)]


def test_recover_does_not_complete_a_proposal_short_of_approvals(services, demo_pdfs):
    with_one = services.policy.model_copy(update={"approval_bands": policy_with(*DUAL_STANDARD).approval_bands})
    services.policy = with_one
    case_id = process_file(services, demo_pdfs["clean"], uploader=CLERK).case_id
    [proposal] = services.store.proposals_for_case(case_id)
    with services.store.pending_decision(proposal.id) as pending:
        pending.record(Decision(proposal_id=proposal.id, approver_id=MANAGER, verdict=Verdict.APPROVE, at=NOW),
                       new_status=None, case_status=None, case_reason="", audit_payload={})
    recover(services)
    assert services.store.get_proposal(proposal.id).status == ProposalStatus.AWAITING_APPROVAL


# --------------------------------------------------------------------------- 5. the vendor path


def test_whoever_approved_a_new_vendor_cannot_give_its_bills_final_approval(services, demo_pdfs):
    """The controller who let the vendor (and the IBAN printed on its invoice) into the vendor
    master is a conflict for that vendor's bills."""
    case_id = process_file(services, demo_pdfs["unknown"], uploader=CLERK).case_id
    [vendor_proposal] = services.store.proposals_for_case(case_id)
    assert decide(services, vendor_proposal.id, approver_id=CONTROLLER, verdict=Verdict.APPROVE).applied
    bill = services.store.proposals_for_case(case_id)[-1]
    assert bill.kind == "post_bill" and bill.status == ProposalStatus.AWAITING_APPROVAL
    refused = decide(services, bill.id, approver_id=CONTROLLER, verdict=Verdict.APPROVE)
    assert not refused.applied and "approved the vendor" in " ".join(refused.refusals)
    assert decide(services, bill.id, approver_id=MANAGER, verdict=Verdict.APPROVE).status == ProposalStatus.POSTED


# --------------------------------------------------------------------------- 6. the policy at decision time


def test_a_waiting_bill_is_held_to_the_bands_of_the_moment_someone_decides(services, demo_pdfs):
    """Drafted under the senior band (one controller); the bands are tightened while it waits:
    24,000 now needs two cfo approvals, and a controller's click no longer posts it."""
    case_id = process_file(services, demo_pdfs["senior"], uploader=CLERK).case_id
    [proposal] = services.store.proposals_for_case(case_id)
    assert proposal.policy_result.approval.band == "senior"
    services.policy = policy_with('    up_to: "50000.00"\n    roles: [controller]\n',
                                  '    up_to: "20000.00"\n    roles: [controller]\n')
    refused = decide(services, proposal.id, approver_id=CONTROLLER, verdict=Verdict.APPROVE)
    assert not refused.applied and "cfo" in " ".join(refused.refusals)
    first = decide(services, proposal.id, approver_id=CFO1, verdict=Verdict.APPROVE)  # PO-2003's requester: not final
    assert first.applied and first.status == ProposalStatus.AWAITING_APPROVAL  # one of two
    assert services.store.get_proposal(proposal.id).policy_result.approval.band == "executive"
    last = decide(services, proposal.id, approver_id=CFO2, verdict=Verdict.APPROVE)
    assert last.status == ProposalStatus.POSTED, last
    actions = [e.action for e in services.audit.events(case_id)]
    assert "approval_requirement_changed" in actions
    approved = [e for e in services.audit.events(case_id) if e.action == "decision_approve"]
    assert approved[-1].payload["requirement"]["band"] == "executive" and approved[-1].payload["policy_digest"]


def test_a_decision_under_a_policy_that_no_longer_bands_the_bill_is_refused(services, demo_pdfs):
    case_id = process_file(services, demo_pdfs["clean"], uploader=CLERK).case_id
    [proposal] = services.store.proposals_for_case(case_id)
    services.policy = services.policy.model_copy(update={"currency": "EUR"})  # USD is now a foreign currency
    refused = decide(services, proposal.id, approver_id=MANAGER, verdict=Verdict.APPROVE)
    assert not refused.applied and "prices no USD" in " ".join(refused.refusals)
    assert bills(services, "INV-1043") == 0


def test_bands_compare_totals_in_the_policy_currency():
    policy = policy_with("fx_rates: {}", 'fx_rates: {GBP: "1.27"}')
    assert required_approval(Decimal("9999.00"), policy).band == "standard"  # USD
    gbp = required_approval(Decimal("9999.00"), policy, currency="GBP")  # 12,698.73 USD
    assert gbp.band == "senior" and "12698.73 USD" in gbp.matched_on["currency"]
    with pytest.raises(UnpricedCurrency, match="prices no CHF"):
        required_approval(Decimal("10.00"), policy, currency="CHF")


def test_an_invoice_in_a_currency_the_policy_does_not_price_is_blocked():
    result = validate(facts(invoice(currency="GBP")), parse_policy(default_policy_text()))
    [finding] = [v for v in result.violations if v.code == "APPROVAL_CURRENCY_UNPRICED"]
    assert finding.severity == Severity.BLOCK and "GBP" in finding.message and result.approval is None


@pytest.mark.parametrize("rates", ['{GBP: 1.27}', '{gbp: "1.27"}', '{GBP: "-1"}', '{GBP: "0"}'])
def test_fx_rates_must_be_positive_decimal_strings_for_iso_codes(rates):
    with pytest.raises(ValueError, match="fx_rates"):
        policy_with("fx_rates: {}", f"fx_rates: {rates}")


# --------------------------------------------------------------------------- 2. who submitted it


@pytest.mark.parametrize("uploader", [None, "U0NOBODY"])
def test_an_unknown_uploader_is_refused_at_intake(services, demo_pdfs, uploader):
    result = process_file(services, demo_pdfs["clean"], uploader=uploader)
    assert result.failed and "unknown uploader" in result.reason
    assert services.store.proposals_for_case(result.case_id) == []
    assert not any(services.settings.documents_dir.rglob("*.pdf"))


def test_an_unknown_requester_cannot_open_an_order_case(services):
    from countersign.agent.runner import sync_order

    result = sync_order(services, "OPP-3001", requested_by="U0NOBODY")
    assert result.failed and "unknown uploader U0NOBODY" in result.reason
    assert services.store.get_case(result.case_id).kind == "order"


def test_a_case_without_a_recorded_uploader_cannot_be_approved(services, demo_pdfs):
    """Cases opened before intake refused unknown uploaders: segregation of duties is never skipped."""
    from countersign.tables import CaseRow

    case_id = process_file(services, demo_pdfs["clean"], uploader=CLERK).case_id
    with services.sessions.begin() as s:
        s.get(CaseRow, case_id).uploader = None
    [proposal] = services.store.proposals_for_case(case_id)
    refused = decide(services, proposal.id, approver_id=MANAGER, verdict=Verdict.APPROVE)
    assert not refused.applied and "no recorded uploader" in " ".join(refused.refusals)


def test_a_decision_never_resumes_other_cases(services, demo_pdfs):
    """Item 1: a case left mid-intake (a crash, or a document no reader finishes) is never run by
    someone's decision on another case, so it cannot stand between them and their decision."""
    from countersign.agent.runner import intake
    from countersign.domain import CaseStatus

    clean = process_file(services, demo_pdfs["clean"], uploader=CLERK)
    [proposal] = services.store.proposals_for_case(clean.case_id)
    stuck = intake(services, demo_pdfs["variance"], source="cli", uploader=CLERK)  # stored, never run
    assert services.store.get_case(stuck.case_id).status == CaseStatus.RECEIVED

    outcome = decide(services, proposal.id, approver_id=MANAGER, verdict=Verdict.APPROVE)
    assert outcome.applied and services.store.get_proposal(proposal.id).status == ProposalStatus.POSTED
    assert services.store.get_case(stuck.case_id).status == CaseStatus.RECEIVED  # untouched
    assert [e.action for e in services.audit.events(stuck.case_id)] == ["received"]
