"""Overriding a finding, where the policy gives a role that right, with a reason: kept and audited,
validated again into a new request that still needs an approval by someone else; refused (and
audited) for anyone the policy does not give the right, without a reason, or for a finding the case
does not have. Through the agent and through the console (CSRF, no action by GET)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from countersign.agent.approvals import decide
from countersign.agent.corrections import override
from countersign.agent.runner import process_file
from countersign.domain import Correction, PolicyResult, ProposalStatus, Severity, Verdict, Violation
from countersign.policies.overrides import apply_overrides, override_field
from countersign.policies.schema import load_policy
from tests.conftest import NOW
from tests.test_console import csrf_of, signed_in

CLERK, AP, CONTROLLER = "U0AP0CLERK", "U0APMGR01", "U0CONTROL"


def variance_case(services, demo_pdfs):
    case_id = process_file(services, demo_pdfs["variance"], uploader=CLERK).case_id
    [proposal] = services.store.proposals_for_case(case_id)
    [finding] = [v for v in services.store.get_case(case_id).policy_result.violations if v.code == "PO_PRICE_VARIANCE"]
    assert finding.severity == Severity.REVIEW and proposal.status == ProposalStatus.AWAITING_APPROVAL
    return case_id, proposal, finding


def test_a_controller_overrides_a_finding_and_someone_else_must_still_approve(services, demo_pdfs):
    case_id, old, finding = variance_case(services, demo_pdfs)
    outcome = override(services, case_id, "PO_PRICE_VARIANCE", who=CONTROLLER,
                       reason="price rise agreed with the buyer", channel="cli")
    assert outcome.applied and outcome.superseded == [old.id] and outcome.proposal_id
    assert services.store.get_proposal(old.id).status == ProposalStatus.SUPERSEDED
    fresh = services.store.get_proposal(outcome.proposal_id)
    [kept] = [v for v in fresh.policy_result.violations if v.code == "PO_PRICE_VARIANCE"]
    assert kept.severity == Severity.INFO and finding.message in kept.message
    assert "overridden by Priya Shah: price rise agreed with the buyer" in kept.message
    assert kept.evidence["overridden"]["by"] == CONTROLLER and kept.evidence["overridden"]["severity"] == "review"
    [event] = [e for e in services.audit.events(case_id) if e.action == "finding_overridden"]
    assert (event.actor, event.payload["field"], event.payload["old"], event.payload["reason"]) == (
        CONTROLLER, "finding:PO_PRICE_VARIANCE", finding.message, "price rise agreed with the buyer")
    # Whoever overrode may not give the final approval; another approver may.
    refused = decide(services, fresh.id, approver_id=CONTROLLER, verdict=Verdict.APPROVE, channel="terminal")
    assert not refused.applied and "corrected" in " ".join(refused.refusals)
    assert decide(services, fresh.id, approver_id=AP, verdict=Verdict.APPROVE, channel="terminal").applied
    assert services.store.get_proposal(fresh.id).status == ProposalStatus.POSTED
    assert services.audit.verify().ok  # the posting is judged sound: approved by someone who may


@pytest.mark.parametrize(("who", "code", "reason", "expected"), [
    (CLERK, "PO_PRICE_VARIANCE", "ok", "gives the right to override PO_PRICE_VARIANCE to controller"),
    (AP, "PO_PRICE_VARIANCE", "ok", "U0APMGR01 holds ap_approver"),
    ("U0STRANGER", "PO_PRICE_VARIANCE", "ok", "not mapped"),
    (CONTROLLER, "PO_PRICE_VARIANCE", "  ", "say why"),
    (CONTROLLER, "DUPLICATE_INVOICE", "ok", "lets nobody override DUPLICATE_INVOICE"),
    (CONTROLLER, "PO_MISSING", "ok", "has no PO_MISSING finding"),
])
def test_overrides_the_policy_does_not_allow_are_refused_and_audited(services, demo_pdfs, who, code, reason,
                                                                      expected):
    case_id, old, _ = variance_case(services, demo_pdfs)
    outcome = override(services, case_id, code, who=who, reason=reason, channel="cli")
    assert not outcome.applied and expected in " ".join(outcome.refusals)
    assert services.store.get_proposal(old.id).status == ProposalStatus.AWAITING_APPROVAL
    assert services.store.corrections_for(case_id) == []
    last = services.audit.events(case_id)[-1]
    assert last.action == "override_refused" and last.actor == (who or "unknown")


def test_an_override_holds_only_for_the_finding_as_worded_and_while_the_policy_allows_it():
    policy = load_policy()
    finding = Violation(code="PO_PRICE_VARIANCE", severity=Severity.BLOCK, message="line 1: 99.00 vs 89.00")
    result = PolicyResult(violations=[finding])

    def kept(who=CONTROLLER, worded=finding.message):
        c = Correction(case_id="C-1", field=override_field("PO_PRICE_VARIANCE"), old_value=worded,
                       new_value="overridden", who=who, why="agreed", at=NOW - timedelta(hours=1))
        return apply_overrides(result, [c], policy).violations[0].severity

    assert kept() == Severity.INFO
    assert kept(worded="line 1: 120.00 vs 89.00") == Severity.BLOCK  # other numbers: judged afresh
    assert kept(who=AP) == Severity.BLOCK  # the policy does not give AP the right
    assert result.violations[0].severity == Severity.BLOCK  # the input is not changed


def test_the_console_offers_the_override_to_whom_the_policy_allows_and_checks_it_on_the_server(services, demo_pdfs):
    from countersign.app.console.app import build_console

    case_id, old, _ = variance_case(services, demo_pdfs)
    app = build_console(services)
    clerk = signed_in(services, app, CLERK)
    page = clerk.get(f"/cases/{case_id}").text
    assert 'id="override-PO_PRICE_VARIANCE"' not in page and "controller may override it" in page
    # A clerk's hand-made form is refused on the server, and audited.
    answer = clerk.post(f"/cases/{case_id}/override", data={"csrf": csrf_of(page), "code": "PO_PRICE_VARIANCE",
                                                              "reason": "looks fine"})
    assert services.audit.events(case_id)[-1].action == "override_refused"
    assert "not applied" in answer.text and "to controller" in answer.text

    controller = signed_in(services, app, CONTROLLER)
    assert controller.get(f"/cases/{case_id}/override").status_code == 405  # no action by GET
    page = controller.get(f"/cases/{case_id}").text
    assert 'id="override-PO_PRICE_VARIANCE"' in page
    refused = controller.post(f"/cases/{case_id}/override", data={"csrf": "forged", "code": "PO_PRICE_VARIANCE",
                                                                    "reason": "agreed"})
    assert refused.status_code == 403 and services.store.get_proposal(old.id).status == ProposalStatus.AWAITING_APPROVAL
    done = controller.post(f"/cases/{case_id}/override", data={"csrf": csrf_of(page), "code": "PO_PRICE_VARIANCE",
                                                                 "reason": "price rise agreed"})
    assert done.status_code == 200 and "PO_PRICE_VARIANCE overridden" in done.text
    assert "overridden by Priya Shah: price rise agreed" in done.text and 'class="badge overridden"' in done.text
    assert services.store.get_proposal(old.id).status == ProposalStatus.SUPERSEDED
    [event] = [e for e in services.audit.events(case_id) if e.action == "finding_overridden"]
    assert event.actor == CONTROLLER and event.payload["channel"] == "console"
