"""Delegation while an approver is away: the delegate acts for them inside the window only,
and the audit trail records whose authority was used."""

from __future__ import annotations

from datetime import timedelta

import yaml

from countersign.agent.approvals import decide
from countersign.agent.runner import process_file
from countersign.domain import ProposalStatus, Verdict
from countersign.policies.schema import default_policy_text, parse_policy
from tests.conftest import NOW


def policy_with_delegation(start, end):
    data = yaml.safe_load(default_policy_text())
    data["people"]["U0TEMP0001"] = {"name": "Robin Temp", "roles": []}
    data["delegations"] = [{"from": "U0APMGR01", "to": "U0TEMP0001",
                            "start": start.isoformat(), "end": end.isoformat()}]
    return parse_policy(yaml.safe_dump(data))


def test_delegate_acts_for_the_absent_approver_inside_the_window(open_ws, demo_pdfs):
    policy = policy_with_delegation(NOW - timedelta(days=1), NOW + timedelta(days=1))
    with open_ws(policy=policy) as services:
        case_id = process_file(services, demo_pdfs["clean"], uploader="U0AP0CLERK").case_id
        [proposal] = services.store.proposals_for_case(case_id)
        outcome = decide(services, proposal.id, approver_id="U0TEMP0001", verdict=Verdict.APPROVE)
        assert outcome.applied and outcome.status == ProposalStatus.POSTED
        [event] = [e for e in services.audit.events(case_id) if e.action == "decision_approve"]
        assert event.actor == "U0TEMP0001" and event.payload["acting_for"] == ["U0APMGR01"]


def test_delegate_has_no_authority_outside_the_window(open_ws, demo_pdfs):
    policy = policy_with_delegation(NOW + timedelta(days=1), NOW + timedelta(days=3))
    with open_ws(policy=policy) as services:
        case_id = process_file(services, demo_pdfs["clean"], uploader="U0AP0CLERK").case_id
        [proposal] = services.store.proposals_for_case(case_id)
        approve = decide(services, proposal.id, approver_id="U0TEMP0001", verdict=Verdict.APPROVE)
        reject = decide(services, proposal.id, approver_id="U0TEMP0001", verdict=Verdict.REJECT, reason="no")
        assert not approve.applied and not reject.applied
        assert "stands in for nobody" in " ".join(reject.refusals)
        assert services.store.get_proposal(proposal.id).status == ProposalStatus.AWAITING_APPROVAL
