""""Edit fields" on a Slack card: the modal prefilled on the server, a submission that corrects the
case through agent/corrections.py (authorized by the signed user, audited), the card updated in
place; refusals for unmapped people, bad values, stale forms and unsigned requests."""

from __future__ import annotations

import json

from countersign.app.slack import blocks as bk
from countersign.app.slack import edit_view as ev
from countersign.app.slack.blocks import CardContent
from countersign.domain import CaseStatus, ProposalStatus
from tests.slack_stub import AP_CHANNEL, view_body
from tests.test_slack_approvals import AP, CLERK, THREAD, bills, upload


def edit_buttons(blocks) -> list[str]:
    return [e["value"] for b in blocks if b["type"] == "actions" for e in b["elements"]
            if e["action_id"] == ev.EDIT_ACTION]


def open_form(slack, case_id, user=CLERK):
    slack.stub.reset()
    slack.click(ev.EDIT_ACTION, case_id, user=user)
    [opened] = slack.stub.of("views.open")
    view = opened["view"]
    assert view["callback_id"] == ev.EDIT_VIEW
    return view


def answers(view, **changes) -> dict:
    """What Slack sends back for the modal: every input's value (initial unless changed), the reason."""
    values = {}
    for block in view["blocks"]:
        if block["type"] != "input" or block["block_id"] == ev.REASON_BLOCK:
            continue
        name = block["block_id"][len(ev.FIELD_BLOCK):]
        value = changes.pop(name, block["element"].get("initial_value"))
        values[block["block_id"]] = {ev.FIELD_INPUT: {"type": "plain_text_input", "value": value}}
    reason = changes.pop("reason", "")
    assert not changes, f"no inputs for {changes}"
    values[ev.REASON_BLOCK] = {ev.REASON_INPUT: {"type": "plain_text_input", "value": reason}}
    return values


def test_the_modal_is_prefilled_and_never_shows_bank_details_in_clear():
    fields = [("total", "1657.80", "1657.80"), ("vendor_iban", "GB33BUKB20201555555555", "GB33••••5555"),
              ("po_number", None, None)]
    view = ev.edit_modal("C-1", fields, ev.edit_metadata("C-1", 0, AP_CHANNEL), "INV-1043")
    inputs = {b["block_id"]: b["element"] for b in view["blocks"] if b["type"] == "input"}
    assert inputs["field_total"]["initial_value"] == "1657.80"
    assert "initial_value" not in inputs["field_vendor_iban"] and "GB33BUKB20201555555555" not in json.dumps(view)
    assert "GB33••••5555" in inputs["field_vendor_iban"]["placeholder"]["text"]
    assert "initial_value" not in inputs["field_po_number"]
    assert json.loads(view["private_metadata"]) == {"case_id": "C-1", "run": 0, "channel": AP_CHANNEL}
    # Only a read, unposted invoice's card offers the button, and it carries the case id alone.
    base = {"case_id": "C-1", "filename": "a.pdf", "status": "blocked"}
    assert edit_buttons(bk.case_card(CardContent(**base, editable=True))) == ["C-1"]
    assert edit_buttons(bk.case_card(CardContent(**base))) == []


def test_edit_fields_corrects_the_case_updates_the_card_and_needs_a_fresh_approval(slack, demo_pdfs):
    case, proposal = upload(slack, demo_pdfs["clean"])
    [card] = slack.stub.posts(AP_CHANNEL, THREAD)
    assert edit_buttons(card["blocks"]) == [case.id]
    view = open_form(slack, case.id)
    inputs = {b["block_id"]: b["element"] for b in view["blocks"] if b["type"] == "input"}
    assert inputs["field_invoice_number"]["initial_value"] == "INV-1043"
    assert inputs["field_due_date"]["initial_value"] == "2026-12-10"

    values = answers(view, due_date="2026-12-31", reason="terms are net 60")
    response = slack.submit_view(ev.EDIT_VIEW, user=CLERK, private_metadata=view["private_metadata"], values=values)
    assert response.status == 200 and not response.body

    [correction] = slack.services.store.corrections_for(case.id)  # only the field that changed
    assert (correction.field, correction.old_value, correction.new_value, correction.who, correction.channel) == (
        "due_date", "2026-12-10", "2026-12-31", CLERK, "slack")
    assert slack.services.store.get_proposal(proposal.id).status == ProposalStatus.SUPERSEDED
    [fresh] = [p for p in slack.services.store.proposals_for_case(case.id)
               if p.status == ProposalStatus.AWAITING_APPROVAL]
    corrected = [e for e in slack.services.audit.events(case.id) if e.action == "corrected"]
    assert corrected and corrected[-1].actor == CLERK
    # Every card of the case updated in place, showing the new value and the new request's buttons.
    [thread_card] = [u for u in slack.stub.of("chat.update") if u["channel"] == AP_CHANNEL][-1:]
    assert thread_card["ts"] == slack.deps.refs.thread_of(case.id).ts  # the intake reply itself, not a new one
    assert "due 2026-12-31" in json.dumps(thread_card["blocks"])
    assert fresh.id in json.dumps(thread_card["blocks"]) and proposal.id not in json.dumps(thread_card["blocks"])
    [note] = [p for p in slack.stub.posts(AP_CHANNEL, THREAD) if "corrected" in p["text"]]
    assert "<@U0AP0CLERK>" in note["text"] and "2026-12-10 → 2026-12-31" in note["text"]
    assert "fresh approval" in note["text"]

    # The old request's button no longer does anything; the new one posts once.
    slack.click(bk.APPROVE_ACTION, proposal.id, user=AP)
    assert bills(slack.services) == 0
    slack.click(bk.APPROVE_ACTION, fresh.id, user=AP)
    assert slack.services.store.get_case(case.id).status == CaseStatus.POSTED and bills(slack.services) == 1


def test_bad_values_and_a_missing_reason_are_refused_inside_the_modal(slack, demo_pdfs):
    case, proposal = upload(slack, demo_pdfs["clean"])
    view = open_form(slack, case.id)
    values = answers(view, total="twelve", due_date="31/12/2026", reason=" ")
    response = slack.submit_view(ev.EDIT_VIEW, user=CLERK, private_metadata=view["private_metadata"], values=values)
    errors = json.loads(response.body)["errors"]
    assert json.loads(response.body)["response_action"] == "errors"
    assert set(errors) == {"field_total", "field_due_date", ev.REASON_BLOCK}
    assert slack.services.store.corrections_for(case.id) == []
    assert slack.services.store.get_proposal(proposal.id).status == ProposalStatus.AWAITING_APPROVAL


def test_an_unmapped_person_gets_no_form_and_a_forged_submission_is_refused_and_audited(slack, demo_pdfs):
    case, proposal = upload(slack, demo_pdfs["clean"])
    slack.stub.reset()
    slack.click(ev.EDIT_ACTION, case.id, user="U0STRANGER")
    assert slack.stub.of("views.open") == []
    [refusal] = slack.stub.of("chat.postEphemeral")
    assert refusal["user"] == "U0STRANGER" and "not mapped" in refusal["text"]

    # A submission they build themselves (signed by Slack, so the user id is theirs) changes nothing.
    view = open_form(slack, case.id)
    values = answers(view, total="1.00", reason="cheaper")
    slack.stub.reset()
    slack.submit_view(ev.EDIT_VIEW, user="U0STRANGER", private_metadata=view["private_metadata"], values=values)
    [refusal] = slack.stub.of("chat.postEphemeral")
    assert "not mapped" in refusal["text"]
    assert slack.services.store.corrections_for(case.id) == []
    assert slack.services.store.get_proposal(proposal.id).status == ProposalStatus.AWAITING_APPROVAL
    refused = [e for e in slack.services.audit.events(case.id) if e.action == "correction_refused"]
    assert [e.actor for e in refused] == ["U0STRANGER", "U0STRANGER"]
    assert all(e.payload["channel"] == "slack" for e in refused)
    # A forged button value opens nothing.
    slack.stub.reset()
    slack.click(ev.EDIT_ACTION, "C-<!channel>", user=CLERK)
    [refusal] = slack.stub.of("chat.postEphemeral")
    assert slack.stub.of("views.open") == [] and "does not carry a case" in refusal["text"]


def test_a_stale_form_and_an_unsigned_submission_change_nothing(slack, demo_pdfs):
    case, proposal = upload(slack, demo_pdfs["clean"])
    stale = open_form(slack, case.id)
    fresh = open_form(slack, case.id)
    slack.submit_view(ev.EDIT_VIEW, user=CLERK, private_metadata=fresh["private_metadata"],
                      values=answers(fresh, due_date="2026-12-31", reason="net 60"))
    assert len(slack.services.store.corrections_for(case.id)) == 1
    slack.stub.reset()
    slack.submit_view(ev.EDIT_VIEW, user=CLERK, private_metadata=stale["private_metadata"],
                      values=answers(stale, total="1.00", reason="old form"))
    [refusal] = slack.stub.of("chat.postEphemeral")
    assert "changed since you opened the form" in refusal["text"]
    assert len(slack.services.store.corrections_for(case.id)) == 1

    body = view_body(ev.EDIT_VIEW, user=CLERK, private_metadata=fresh["private_metadata"],
                     values=answers(fresh, total="1.00", reason="unsigned"))
    forged = {"x-slack-request-timestamp": "1700000000", "x-slack-signature": "v0=" + "0" * 64}
    response = slack.dispatch(body, "application/x-www-form-urlencoded", signed=forged)
    assert response.status == 401
    assert len(slack.services.store.corrections_for(case.id)) == 1
