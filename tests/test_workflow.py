"""Every path through the invoice graph, on a real SQLite store and the real LangGraph checkpointer."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from countersign.adapters.local_ledger import LocalLedger
from countersign.agent.approvals import decide, expire_overdue
from countersign.agent.runner import process_file, recover
from countersign.domain import CaseStatus, ProposalStatus, Verdict
from countersign.tables import LedgerBillRow
from tests.conftest import NOW

AP = "U0APMGR01"  # ap_approver
CONTROLLER = "U0CONTROL"
CLERK = "U0AP0CLERK"  # the uploader in these tests


def bills(services, invoice_number: str) -> int:
    with services.sessions() as s:
        return s.scalar(select(func.count()).select_from(LedgerBillRow)
                        .where(LedgerBillRow.invoice_number == invoice_number))


def awaiting(services, case_id):
    [proposal] = services.store.proposals_for_case(case_id)
    assert proposal.status == ProposalStatus.AWAITING_APPROVAL
    return proposal


def codes(case):
    return [v.code for v in case.policy_result.violations]


def test_clean_invoice_waits_for_approval_then_posts_once(services, demo_pdfs):
    result = process_file(services, demo_pdfs["clean"], uploader=CLERK)
    assert result.status == CaseStatus.AWAITING_APPROVAL
    case = services.store.get_case(result.case_id)
    assert case.vendor_id == "V001" and case.invoice_number == "INV-1043"
    assert not case.policy_result.blocked
    proposal = awaiting(services, case.id)
    assert proposal.payload["total"] == "1657.80"
    assert bills(services, "INV-1043") == 0  # nothing posts before a human approves

    outcome = decide(services, proposal.id, approver_id=AP, verdict=Verdict.APPROVE)
    assert outcome.applied and outcome.status == ProposalStatus.POSTED
    assert services.store.get_case(case.id).status == CaseStatus.POSTED
    assert bills(services, "INV-1043") == 1
    actions = [e.action for e in services.audit.events(case.id)]
    assert actions[0] == "received" and "decision_approve" in actions and actions[-1] == "posted"
    assert services.notifier.updates[-1] == (case.id, CaseStatus.POSTED)


def test_price_variance_awaits_with_the_violation_and_its_numbers(services, demo_pdfs):
    result = process_file(services, demo_pdfs["variance"], uploader=CLERK)
    assert result.status == CaseStatus.AWAITING_APPROVAL
    case = services.store.get_case(result.case_id)
    [variance] = [v for v in case.policy_result.violations if v.code == "PO_PRICE_VARIANCE"]
    assert variance.severity == "review"
    assert "99.00" in variance.message and "89.00" in variance.message


@pytest.mark.parametrize(
    ("name", "code"),
    [("duplicate", "DUPLICATE_INVOICE"), ("bank", "BANK_DETAILS_CHANGED")],
)
def test_blocking_violations_stop_before_any_proposal(services, demo_pdfs, name, code):
    result = process_file(services, demo_pdfs[name], uploader=CLERK)
    assert result.status == CaseStatus.BLOCKED
    case = services.store.get_case(result.case_id)
    assert code in codes(case)
    assert case.reason  # the case says why, in words
    assert services.store.proposals_for_case(case.id) == []


def test_rejected_proposal_never_posts(services, demo_pdfs):
    case_id = process_file(services, demo_pdfs["clean"], uploader=CLERK).case_id
    proposal = awaiting(services, case_id)
    assert not decide(services, proposal.id, approver_id=AP, verdict=Verdict.REJECT, reason=" ").applied
    outcome = decide(services, proposal.id, approver_id=AP, verdict=Verdict.REJECT, reason="wrong quantities")
    assert outcome.applied and outcome.status == ProposalStatus.REJECTED
    assert services.store.get_case(case_id).status == CaseStatus.REJECTED
    late = decide(services, proposal.id, approver_id=CONTROLLER, verdict=Verdict.APPROVE)
    assert not late.applied
    assert bills(services, "INV-1043") == 0


def test_same_approval_applied_twice_gives_one_bill(services, demo_pdfs):
    case_id = process_file(services, demo_pdfs["clean"], uploader=CLERK).case_id
    proposal = awaiting(services, case_id)
    first = decide(services, proposal.id, approver_id=AP, verdict=Verdict.APPROVE)
    second = decide(services, proposal.id, approver_id=AP, verdict=Verdict.APPROVE)
    third = decide(services, proposal.id, approver_id=CONTROLLER, verdict=Verdict.APPROVE)
    assert first.applied and not second.applied and not third.applied
    assert bills(services, "INV-1043") == 1
    refused = [e for e in services.audit.events(case_id) if e.action == "decision_refused"]
    assert len(refused) == 2


def test_approver_authority_is_checked_on_the_server(services, demo_pdfs):
    case_id = process_file(services, demo_pdfs["senior"], uploader=CLERK).case_id
    proposal = awaiting(services, case_id)
    assert proposal.required_roles == ["controller"]
    for who, expected in [("U0NOBODY", "not mapped"), (AP, "controller"), (CLERK, "controller")]:
        outcome = decide(services, proposal.id, approver_id=who, verdict=Verdict.APPROVE)
        assert not outcome.applied and expected in " ".join(outcome.refusals)
    assert bills(services, "INV-88120") == 0
    assert (decide(services, proposal.id, approver_id=CONTROLLER, verdict=Verdict.APPROVE).status
            == ProposalStatus.POSTED)


def test_uploader_cannot_approve_their_own_upload(services, demo_pdfs):
    case_id = process_file(services, demo_pdfs["clean"], uploader=AP).case_id
    proposal = awaiting(services, case_id)
    outcome = decide(services, proposal.id, approver_id=AP, verdict=Verdict.APPROVE)
    assert not outcome.applied
    assert bills(services, "INV-1043") == 0


def test_expired_request_never_posts(services, demo_pdfs):
    case_id = process_file(services, demo_pdfs["clean"], uploader=CLERK).case_id
    proposal = awaiting(services, case_id)
    assert expire_overdue(services, now=NOW + timedelta(hours=1)) == []
    assert expire_overdue(services, now=proposal.expires_at) == [proposal.id]
    assert services.store.get_case(case_id).status == CaseStatus.EXPIRED
    late = decide(services, proposal.id, approver_id=AP, verdict=Verdict.APPROVE, now=proposal.expires_at)
    assert not late.applied
    assert bills(services, "INV-1043") == 0


def test_waiting_case_survives_a_restart_and_posts_once(open_ws, demo_pdfs):
    with open_ws() as services:
        case_id = process_file(services, demo_pdfs["clean"], uploader=CLERK).case_id
        proposal_id = awaiting(services, case_id).id
    with open_ws() as services:  # a new process: store and checkpoints reopened from disk
        assert services.graph.get_state({"configurable": {"thread_id": case_id}}).next == ("approval",)
        outcome = decide(services, proposal_id, approver_id=AP, verdict=Verdict.APPROVE)
        assert outcome.status == ProposalStatus.POSTED
        assert recover(services) == []
        assert bills(services, "INV-1043") == 1


class _CrashingERP:
    """Wraps the ledger and dies (like a killed process) on the first post, before anything is written."""

    def __init__(self, inner):
        self._inner = inner

    def __getattr__(self, name):
        return getattr(self._inner, name)

    def post_bill(self, draft, *, idempotency_key, attachment=None):
        raise KeyboardInterrupt("process killed between decision and post")


def test_crash_between_decision_and_post_recovers_and_posts_once(open_ws, demo_pdfs):
    with open_ws() as services:
        case_id = process_file(services, demo_pdfs["clean"], uploader=CLERK).case_id
        proposal_id = awaiting(services, case_id).id
    with open_ws(erp_factory=lambda sessions: _CrashingERP(LocalLedger(sessions))) as crashing:
        with pytest.raises(KeyboardInterrupt):
            decide(crashing, proposal_id, approver_id=AP, verdict=Verdict.APPROVE)
        assert crashing.store.get_proposal(proposal_id).status == ProposalStatus.APPROVED
        assert crashing.store.get_case(case_id).status == CaseStatus.AWAITING_APPROVAL
    with open_ws() as services:  # restarted: recovery finishes the post, exactly once
        assert recover(services) == [case_id]
        assert services.store.get_case(case_id).status == CaseStatus.POSTED
        assert recover(services) == []
        assert bills(services, "INV-1043") == 1


def test_post_node_rerun_does_not_post_twice(services, demo_pdfs):
    case_id = process_file(services, demo_pdfs["clean"], uploader=CLERK).case_id
    proposal = awaiting(services, case_id)
    decide(services, proposal.id, approver_id=AP, verdict=Verdict.APPROVE)
    from countersign.domain import BillDraft

    again = services.erp.post_bill(BillDraft.model_validate(proposal.payload), idempotency_key=proposal.idempotency_key)
    assert again.id == services.store.get_proposal(proposal.id).erp_ref
    assert bills(services, "INV-1043") == 1


def test_same_pdf_twice_is_one_case(services, demo_pdfs):
    first = process_file(services, demo_pdfs["clean"], uploader=CLERK)
    second = process_file(services, demo_pdfs["clean"], uploader=CLERK)
    assert second.duplicate_of == first.case_id
    assert len(services.store.list_cases()) == 1


def test_bad_input_is_a_failed_intake_case_with_a_reason(services, tmp_path):
    missing = process_file(services, tmp_path / "nope.pdf", uploader=CLERK)
    assert missing.failed and missing.reason == "no such file"
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    assert process_file(services, empty, uploader=CLERK).reason == "empty file"
    corrupt = tmp_path / "corrupt.pdf"
    corrupt.write_bytes(b"%PDF-1.7\n garbage that is no pdf at all")
    result = process_file(services, corrupt, uploader=CLERK)
    assert result.status == CaseStatus.FAILED_INTAKE
    case = services.store.get_case(result.case_id)
    assert case.reason.startswith("unreadable document:")
    assert services.store.proposals_for_case(case.id) == []
    assert services.audit.verify().ok


def test_unknown_vendor_is_proposed_then_the_invoice_continues_to_its_bill(services, demo_pdfs):
    case_id = process_file(services, demo_pdfs["unknown"], uploader=CLERK).case_id
    case = services.store.get_case(case_id)
    assert case.status == CaseStatus.AWAITING_APPROVAL and "VENDOR_UNKNOWN" in codes(case)
    [vendor_proposal] = services.store.proposals_for_case(case_id)
    assert vendor_proposal.kind == "create_vendor" and vendor_proposal.required_roles == ["controller"]
    assert vendor_proposal.payload["name"] == "Umbrella Catering Co"
    assert not decide(services, vendor_proposal.id, approver_id=AP, verdict=Verdict.APPROVE).applied  # not a controller
    assert not decide(services, vendor_proposal.id, approver_id=CLERK, verdict=Verdict.APPROVE).applied  # uploader
    assert services.erp.vendor_lookup().by_tax_id("314159265") == []
    decide(services, vendor_proposal.id, approver_id=CONTROLLER, verdict=Verdict.APPROVE)
    [vendor] = services.erp.vendor_lookup().by_tax_id("314159265")
    assert vendor.name == "Umbrella Catering Co" and vendor.created_by == CLERK
    bill_proposal = services.store.proposals_for_case(case_id)[-1]
    assert bill_proposal.kind == "post_bill" and bill_proposal.payload["vendor_id"] == vendor.id
    assert bill_proposal.payload["lines"][0]["account"] == "6500"  # coded by the policy's rule for catering
    assert decide(services, bill_proposal.id, approver_id=AP, verdict=Verdict.APPROVE).status == ProposalStatus.POSTED
    assert bills(services, "UC-77") == 1
    actions = [e.action for e in services.audit.events(case_id)]
    assert actions.index("vendor_created") < actions.index("posted")


def test_rejected_new_vendor_stops_the_invoice(services, demo_pdfs):
    case_id = process_file(services, demo_pdfs["unknown"], uploader=CLERK).case_id
    [vendor_proposal] = services.store.proposals_for_case(case_id)
    decide(services, vendor_proposal.id, approver_id=CONTROLLER, verdict=Verdict.REJECT,
           reason="not a supplier of ours")
    assert services.store.get_case(case_id).status == CaseStatus.REJECTED
    assert services.erp.vendor_lookup().by_tax_id("314159265") == []
    assert bills(services, "UC-77") == 0


def test_policy_maps_the_po_department_onto_the_drafted_bill(open_ws, demo_pdfs):
    import yaml

    from countersign.policies.schema import default_policy_text, parse_policy

    data = yaml.safe_load(default_policy_text())
    data["erp_mapping"] = {"departments": {"Operations": "1"}, "cost_centers": {}}
    with open_ws(policy=parse_policy(yaml.safe_dump(data))) as services:
        case_id = process_file(services, demo_pdfs["clean"], uploader=CLERK).case_id
        [proposal] = services.store.proposals_for_case(case_id)
        assert proposal.payload["erp_department"] == "1"  # PO-2001 belongs to Operations
        assert proposal.payload["erp_class"] is None


def test_case_whose_checkpoint_finished_but_case_did_not_is_run_again(services, demo_pdfs):
    """Seen under SIGKILL at N=1000: the store said `processing`, the checkpoint said done."""
    from sqlalchemy import update as sql_update

    from countersign.agent.runner import RECEIVED, needs_work
    from countersign.tables import CaseRow

    case_id = process_file(services, demo_pdfs["duplicate"], uploader=CLERK).case_id
    assert services.graph.get_state({"configurable": {"thread_id": case_id}}).next == ()
    with services.sessions.begin() as s:
        s.execute(sql_update(CaseRow).where(CaseRow.id == case_id).values(status=CaseStatus.PROCESSING))
    assert needs_work(services, case_id) == RECEIVED
    assert recover(services) == [case_id]
    assert services.store.get_case(case_id).status == CaseStatus.BLOCKED
    assert needs_work(services, case_id) is None and recover(services) == []


def _decide_without_running(monkeypatch, services, proposal_id, approver, verdict=Verdict.APPROVE):
    """The decision committed, then the process died before the graph moved on."""
    import countersign.agent.approvals as approvals_module

    with monkeypatch.context() as m:
        m.setattr(approvals_module, "run_case", lambda *a, **k: None)
        assert decide(services, proposal_id, approver_id=approver, verdict=verdict, reason="no").applied


def test_vendor_creation_rerun_after_a_kill_goes_on_to_the_bill(services, demo_pdfs, monkeypatch):
    """Killed after the post node created the vendor and committed, before its checkpoint: the
    re-run finds the proposal posted and must go on to the bill, not end the case `processing`."""
    from countersign.agent.runner import run_case

    case_id = process_file(services, demo_pdfs["unknown"], uploader=CLERK).case_id
    [vendor_proposal] = services.store.proposals_for_case(case_id)
    _decide_without_running(monkeypatch, services, vendor_proposal.id, CONTROLLER)
    vendor = services.erp.create_vendor(vendor_proposal.payload, idempotency_key=vendor_proposal.idempotency_key,
                                        created_by=CLERK)
    with services.sessions.begin() as s:  # what the post node commits before its checkpoint
        assert services.store.transition(s, vendor_proposal.id, from_status=[ProposalStatus.APPROVED],
                                         to_status=ProposalStatus.POSTED, erp_ref=vendor.id)
        services.store.set_case_status(s, case_id, CaseStatus.PROCESSING, "vendor created")
    assert run_case(services, case_id) == CaseStatus.AWAITING_APPROVAL
    bill_proposal = services.store.proposals_for_case(case_id)[-1]
    assert bill_proposal.kind == "post_bill" and bill_proposal.payload["vendor_id"] == vendor.id
    assert len(services.erp.vendor_lookup().by_tax_id("314159265")) == 1


def test_draft_rerun_after_an_approval_goes_on_to_post(services, demo_pdfs, monkeypatch):
    """Killed after the draft node stored its proposal, before its checkpoint; an approver approves
    meanwhile. The re-run finds the proposal decided: no second wait, straight on to the post."""
    case_id = process_file(services, demo_pdfs["clean"], uploader=CLERK).case_id
    proposal = awaiting(services, case_id)
    _decide_without_running(monkeypatch, services, proposal.id, AP)
    config = {"configurable": {"thread_id": case_id}}
    before_draft = next(c for c in services.graph.get_state_history(config) if c.next == ("draft",))
    for _ in services.graph.stream(None, before_draft.config, durability="sync"):
        pass
    assert services.store.get_case(case_id).status == CaseStatus.POSTED
    assert bills(services, "INV-1043") == 1


def test_proposal_rerun_restores_awaiting_but_never_overwrites_a_decision(services, demo_pdfs):
    case_id = process_file(services, demo_pdfs["clean"], uploader=CLERK).case_id
    proposal = awaiting(services, case_id)
    reason = services.store.get_case(case_id).reason
    with services.sessions.begin() as s:  # an extract re-run after a kill sets the case processing
        services.store.set_case_status(s, case_id, CaseStatus.PROCESSING)
    assert services.store.create_proposal(proposal, case_reason=reason).id == proposal.id
    assert (services.store.get_case(case_id).status, services.store.get_case(case_id).reason) == (
        CaseStatus.AWAITING_APPROVAL, reason)
    decide(services, proposal.id, approver_id=AP, verdict=Verdict.REJECT, reason="wrong amounts")
    services.store.create_proposal(proposal, case_reason=reason)
    assert services.store.get_case(case_id).status == CaseStatus.REJECTED
    assert services.store.get_proposal(proposal.id).status == ProposalStatus.REJECTED


class _DownOnce(LocalLedger):
    """The ledger, unreachable for the first post."""

    failures = 1

    def post_bill(self, draft, **kw):
        if self.failures:
            self.failures -= 1
            from countersign.ports import ERPUnavailable

            raise ERPUnavailable("connection refused")
        return super().post_bill(draft, **kw)


def test_erp_outage_at_post_defers_it_and_the_next_attempt_posts_once(open_ws, demo_pdfs):
    from countersign.agent.runner import RESUMED, needs_work, run_case
    from countersign.agent.stall import stall_report_for

    with open_ws(erp_factory=_DownOnce) as services:
        case_id = process_file(services, demo_pdfs["clean"], uploader=CLERK).case_id
        proposal = awaiting(services, case_id)
        outcome = decide(services, proposal.id, approver_id=AP, verdict=Verdict.APPROVE)
        assert outcome.applied and outcome.status == ProposalStatus.APPROVED  # not failed: nothing was refused
        case = services.store.get_case(case_id)
        assert case.status == CaseStatus.AWAITING_APPROVAL and "did not answer (connection refused)" in case.reason
        [deferred] = [w for w in stall_report_for(services.store, services.policy, services.clock(), case)["waiting_on"]
                      if w["kind"] == "deferred_post"]
        assert deferred["system"] == services.erp.name and deferred["message"] == "connection refused"
        assert needs_work(services, case_id) == RESUMED and bills(services, "INV-1043") == 0
        assert run_case(services, case_id) == CaseStatus.POSTED
        assert bills(services, "INV-1043") == 1
        actions = [e.action for e in services.audit.events(case_id)]
        assert actions.count("post_deferred") == 1 and actions.count("posted") == 1
        assert services.audit.verify().ok


def _plain(value) -> bool:
    """Only JSON's own types, exactly (an enum or a model is not plain, even if it subclasses str)."""
    if isinstance(value, dict):
        return all(type(k) is str and _plain(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_plain(v) for v in value)
    return type(value) in (str, int, float, bool, type(None))


def test_graph_state_holds_plain_json_only(services, demo_pdfs):
    """The checkpointer stores the state and reads back only types it knows: no enums, no models."""
    from countersign.agent.runner import thread_config

    for name in ("clean", "unknown", "duplicate"):
        case_id = process_file(services, demo_pdfs[name], uploader=CLERK).case_id
        state = services.graph.get_state(thread_config(case_id)).values
        assert state["case_id"] == case_id and _plain(state), state


class _CountingERP:
    """The local ledger, counting its reads."""

    def __init__(self, inner):
        self.inner, self.calls = inner, Counter()

    def __getattr__(self, name):
        attr = getattr(self.inner, name)
        if not callable(attr):
            return attr

        def counted(*args, **kwargs):
            self.calls[name] += 1
            return attr(*args, **kwargs)

        return counted


def test_one_case_reads_each_erp_record_once_and_drafts_from_the_facts_it_validated(open_ws, demo_pdfs):
    """Validation gathers the facts once and stores them; the draft and the decision use that
    snapshot instead of asking the ERP again."""
    erps = []
    with open_ws(erp_factory=lambda sessions: erps.append(_CountingERP(LocalLedger(sessions))) or erps[-1]) as services:
        case_id = process_file(services, demo_pdfs["clean"], uploader=CLERK).case_id
        [proposal] = services.store.proposals_for_case(case_id)
        assert decide(services, proposal.id, approver_id=AP, verdict=Verdict.APPROVE).status == ProposalStatus.POSTED
        calls = erps[-1].calls
        assert calls["get_purchase_order"] == 1 and calls["vendor_lookup"] == 1
        assert calls["bills_for_vendor"] == 1 and calls["list_accounts"] == 1 and calls["get_vendor"] == 0
        facts = services.store.case_facts(case_id)
        assert facts.purchase_order.number == "PO-2001"
        assert facts.vendor_match.vendor.id == proposal.payload["vendor_id"]
        assert [line["po_line_no"] for line in proposal.payload["lines"]] == [1, 2]


def test_a_run_paused_after_the_reading_continues_from_its_checkpoint(services, demo_pdfs):
    """Slack's intake shows the reading before the checks: the paused case has its fields and no
    proposal, a worker sees it needs work, and the next run goes on from there (not from the start)."""
    from countersign.agent.runner import RESUMED, intake, needs_work, run_case

    case_id = intake(services, demo_pdfs["clean"], source="slack", uploader="U0AP0CLERK").case_id
    assert run_case(services, case_id, pause_after="extract") == CaseStatus.PROCESSING
    case = services.store.get_case(case_id)
    assert case.invoice_number == "INV-1043" and case.extracted and services.store.proposals_for_case(case_id) == []
    assert needs_work(services, case_id) == RESUMED
    assert run_case(services, case_id) == CaseStatus.AWAITING_APPROVAL
    actions = [e.action for e in services.audit.events(case_id)]
    assert actions.count("extraction_started") == 1 and actions.count("extracted") == 1
