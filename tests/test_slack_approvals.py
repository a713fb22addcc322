"""Approve / Reject in Slack: server-side authority, the reason modal, double clicks, expiry."""

from __future__ import annotations

import json
import threading

from sqlalchemy import func, select

from countersign.app.slack import blocks as bk
from countersign.domain import CaseStatus, ProposalStatus
from countersign.tables import LedgerBillRow
from tests.slack_stub import AP_CHANNEL

CLERK = "U0AP0CLERK"
AP = "U0APMGR01"
CONTROLLER = "U0CONTROL"
THREAD = "1700000100.000100"


def bills(services, invoice_number: str = "INV-1043") -> int:
    with services.sessions() as s:
        return s.scalar(select(func.count()).select_from(LedgerBillRow)
                        .where(LedgerBillRow.invoice_number == invoice_number))


def upload(slack, pdf, *, user=CLERK, name="clean"):
    f = slack.stub.add_file(f"F-{name}-{user}", f"{name}.pdf", pdf.read_bytes(), user=user)
    slack.share([f], user=user, ts=THREAD)
    slack.intake_updates = len(slack.stub.of("chat.update"))
    [case] = [c for c in slack.services.store.list_cases() if c.source == "slack"]
    [proposal] = slack.services.store.proposals_for_case(case.id)
    assert proposal.status == ProposalStatus.AWAITING_APPROVAL
    return case, proposal


def decision_buttons(blocks) -> list[str]:
    return [e["action_id"] for b in blocks if b["type"] == "actions" for e in b["elements"]
            if e["action_id"] in (bk.APPROVE_ACTION, bk.REJECT_ACTION)]


def updates_for(slack, channel=AP_CHANNEL):
    """Card updates after the upload's own (its reading card becoming the case's card)."""
    return [u for u in slack.stub.of("chat.update")[slack.intake_updates:] if u["channel"] == channel]


def test_approve_posts_once_and_updates_every_card_in_place(slack, demo_pdfs):
    case, proposal = upload(slack, demo_pdfs["clean"])
    [card] = slack.stub.posts(AP_CHANNEL, THREAD)
    assert [b["elements"][0]["value"] for b in card["blocks"] if b.get("block_id") == "decision"] == [proposal.id]
    slack.stub.reset()

    assert slack.click(bk.APPROVE_ACTION, proposal.id, user=AP).status == 200
    after = slack.services.store.get_proposal(proposal.id)
    assert after.status == ProposalStatus.POSTED and bills(slack.services) == 1
    updated = slack.stub.of("chat.update")
    assert {u["channel"] for u in updated} == {AP_CHANNEL, "D0APMGR01", "D0CONTROL", "D0CFO0001"}
    for u in updated:  # decided card: outcome and ERP reference, no buttons
        text = repr(u["blocks"])
        assert "actions" not in [b["type"] for b in u["blocks"]]
        assert after.erp_ref in text and "Approved by <@U0APMGR01>" in text
    [outcome] = slack.stub.posts(AP_CHANNEL, THREAD)
    assert after.erp_ref in outcome["text"] and "posted" in outcome["text"]
    assert slack.stub.of("chat.postEphemeral") == []
    decision = [e for e in slack.services.audit.events(case.id) if e.action == "decision_approve"]
    assert decision[0].actor == AP and decision[0].payload["channel"] == "slack"


def test_reject_opens_a_modal_and_the_submission_applies_the_rejection(slack, demo_pdfs):
    case, proposal = upload(slack, demo_pdfs["clean"])
    slack.click(bk.REJECT_ACTION, proposal.id, user=AP)
    [opened] = slack.stub.of("views.open")
    assert opened["trigger_id"] == "trig-1" and opened["view"]["callback_id"] == bk.REJECT_VIEW
    assert slack.services.store.get_proposal(proposal.id).status == ProposalStatus.AWAITING_APPROVAL

    # An empty reason is refused inside the modal; nothing is decided.
    meta = opened["view"]["private_metadata"]
    empty = {bk.REASON_BLOCK: {bk.REASON_INPUT: {"type": "plain_text_input", "value": "  "}}}
    response = slack.submit_view(bk.REJECT_VIEW, user=AP, private_metadata=meta, values=empty)
    assert json.loads(response.body)["response_action"] == "errors"
    assert slack.services.store.get_proposal(proposal.id).status == ProposalStatus.AWAITING_APPROVAL

    values = {bk.REASON_BLOCK: {bk.REASON_INPUT: {"type": "plain_text_input", "value": "quantities are wrong"}}}
    assert slack.submit_view(bk.REJECT_VIEW, user=AP, private_metadata=meta, values=values).status == 200
    assert slack.services.store.get_proposal(proposal.id).status == ProposalStatus.REJECTED
    assert slack.services.store.get_case(case.id).status == CaseStatus.REJECTED
    assert bills(slack.services) == 0
    [thread_update, *_] = updates_for(slack)
    assert "quantities are wrong" in repr(thread_update["blocks"])
    assert not decision_buttons(thread_update["blocks"])  # only "Edit fields" is left: a correction resubmits
    assert any("rejected" in p["text"] for p in slack.stub.posts(AP_CHANNEL, THREAD))


def test_unauthorized_click_gets_an_ephemeral_refusal_and_is_audited(slack, demo_pdfs):
    case, proposal = upload(slack, demo_pdfs["clean"])
    slack.stub.reset()
    for user, why in [("U0STRANGER", "not mapped"), ("U0CFO0002", "ap_approver")]:
        slack.click(bk.APPROVE_ACTION, proposal.id, user=user)
        [refusal] = [e for e in slack.stub.of("chat.postEphemeral") if e["user"] == user]
        assert refusal["channel"] == AP_CHANNEL and why in refusal["text"]
    assert slack.services.store.get_proposal(proposal.id).status == ProposalStatus.AWAITING_APPROVAL
    refused = [e for e in slack.services.audit.events(case.id) if e.action == "decision_refused"]
    assert [e.actor for e in refused] == ["U0STRANGER", "U0CFO0002"]
    assert slack.stub.of("chat.update") == [] and bills(slack.services) == 0


def test_a_forged_button_value_is_refused(slack, demo_pdfs):
    upload(slack, demo_pdfs["clean"])
    slack.click(bk.APPROVE_ACTION, "P-DOESNOTEXIST", user=AP)
    [refusal] = slack.stub.of("chat.postEphemeral")
    assert "no approval request" in refusal["text"]
    assert bills(slack.services) == 0


def test_an_over_long_button_value_is_refused_and_audited_before_it_reaches_the_store(slack, demo_pdfs):
    """On PostgreSQL a 64+ character value once failed as the audit subject, so the refusal went
    unaudited (SQLite does not enforce the column length; the [postgres] run is the proof)."""
    upload(slack, demo_pdfs["clean"])
    forged = "P-" + "A" * 5000
    slack.click(bk.APPROVE_ACTION, forged, user=AP)

    def forged_events():
        return [(e.actor, e.action, e.payload["verdict"], e.payload["value_length"], e.payload["value"])
                for e in slack.services.audit.events() if e.subject == "slack:forged-value"]

    assert forged_events() == [(AP, "decision_refused", "approve", 5002, forged[:64])]
    slack.click(bk.REJECT_ACTION, "P-<!channel>", user=AP)
    assert forged_events()[1:] == [(AP, "decision_refused", "reject", 12, "P-<!channel>")]
    assert slack.stub.of("views.open") == []  # no reject modal for a request we never made
    refusals = slack.stub.of("chat.postEphemeral")
    assert len(refusals) == 2 and all("not carry an approval request" in r["text"] for r in refusals)
    assert bills(slack.services) == 0


def test_the_uploader_cannot_approve_their_own_upload(slack, demo_pdfs):
    case, proposal = upload(slack, demo_pdfs["clean"], user=AP)
    assert "D0APMGR01" not in {p["channel"] for p in slack.stub.posts()}  # no approval DM to the uploader
    slack.click(bk.APPROVE_ACTION, proposal.id, user=AP)
    [refusal] = slack.stub.of("chat.postEphemeral")
    assert "uploader" in refusal["text"].lower() or "segregation" in refusal["text"].lower()
    assert slack.services.store.get_proposal(proposal.id).status == ProposalStatus.AWAITING_APPROVAL
    assert bills(slack.services) == 0


def test_double_click_and_concurrent_clicks_give_one_bill(slack, demo_pdfs):
    case, proposal = upload(slack, demo_pdfs["clean"])
    slack.stub.reset()
    barrier = threading.Barrier(3)

    def click(user):
        barrier.wait()
        slack.click(bk.APPROVE_ACTION, proposal.id, user=user, wait=False)

    threads = [threading.Thread(target=click, args=(u,)) for u in (AP, AP, CONTROLLER)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    slack.drain()
    assert slack.services.store.get_proposal(proposal.id).status == ProposalStatus.POSTED
    assert bills(slack.services) == 1
    assert len(slack.stub.of("chat.postEphemeral")) == 2  # the two clicks that lost are told why
    applied = [e for e in slack.services.audit.events(case.id) if e.action == "decision_approve"]
    assert len(applied) == 1
    # A click on the decided card afterwards changes nothing either.
    slack.click(bk.APPROVE_ACTION, proposal.id, user=CONTROLLER)
    assert bills(slack.services) == 1


def test_expired_request_never_posts_and_the_thread_says_so(slack, demo_pdfs):
    case, proposal = upload(slack, demo_pdfs["clean"])
    slack.stub.reset()
    slack.clock.advance(hours=slack.services.policy.approval_expiry_hours + 1)
    result = slack.deps.notifier.remind_and_expire()
    assert result["expired"] == [proposal.id]
    slack.drain()
    assert slack.services.store.get_case(case.id).status == CaseStatus.EXPIRED
    [said] = slack.stub.posts(AP_CHANNEL, THREAD)
    assert "expired" in said["text"] and "nothing was posted" in said["text"]
    assert all(not decision_buttons(u["blocks"]) for u in slack.stub.of("chat.update"))
    slack.click(bk.APPROVE_ACTION, proposal.id, user=AP)
    [refusal] = slack.stub.of("chat.postEphemeral")
    assert "expired" in refusal["text"]
    assert bills(slack.services) == 0


def test_waiting_requests_get_one_reminder_per_interval(slack, demo_pdfs):
    case, proposal = upload(slack, demo_pdfs["clean"])
    every = slack.services.policy.reminder_every_hours if hasattr(slack.services.policy, "reminder_every_hours") else 24
    slack.stub.reset()
    assert slack.deps.notifier.remind_and_expire()["reminded"] == []  # too early
    slack.clock.advance(hours=every, minutes=1)
    assert slack.deps.notifier.remind_and_expire()["reminded"] == [proposal.id]
    assert slack.deps.notifier.remind_and_expire()["reminded"] == []  # once per interval
    [reminder] = slack.stub.posts(AP_CHANNEL, THREAD)
    assert "Reminder" in reminder["text"] and "<@U0APMGR01>" in reminder["text"]
    assert [e.action for e in slack.services.audit.events(case.id)][-1] == "reminder_sent"


def test_the_card_names_and_dms_only_approvers_whose_click_would_count(slack, demo_pdfs):
    """INV-88120's PO was requested by Alex Chen (U0CFO0001), a controller: segregation of duties
    refuses his click, so the card neither names him nor sends him the request."""
    f = slack.stub.add_file("F-senior", "senior.pdf", demo_pdfs["senior"].read_bytes(), user=CLERK)
    slack.share([f], user=CLERK, ts=THREAD)
    [card] = slack.stub.posts(AP_CHANNEL, THREAD)
    must = " ".join(b["text"]["text"] for b in card["blocks"] if b.get("text") and "Must approve" in b["text"]["text"])
    assert "<@U0CONTROL>" in must and "U0CFO0001" not in must
    dms = {p["channel"] for p in slack.stub.of("chat.postMessage") if p["channel"].startswith(("D", "U"))}
    assert "D0CONTROL" in dms or "U0CONTROL" in dms
    assert not dms & {"D0CFO0001", "U0CFO0001"}
