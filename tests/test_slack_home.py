"""The App Home tab and the daily digest, through the real Bolt app receiving signed requests."""

from __future__ import annotations

import json
from datetime import timedelta
from urllib.parse import urlencode

from countersign.app.slack import blocks as bk
from countersign.app.slack.home import send_digests
from countersign.domain import ProposalStatus
from tests.slack_stub import AP_CHANNEL

CLERK, AP, CONTROLLER, CFO = "U0AP0CLERK", "U0APMGR01", "U0CONTROL", "U0CFO0001"
THREAD = "1700000100.000100"


def upload(slack, pdf, *, user=CLERK):
    f = slack.stub.add_file(f"F-{user}", "invoice.pdf", pdf.read_bytes(), user=user)
    slack.share([f], user=user, ts=THREAD)
    [case] = [c for c in slack.services.store.list_cases() if c.source == "slack"]
    [proposal] = slack.services.store.proposals_for_case(case.id)
    assert proposal.status == ProposalStatus.AWAITING_APPROVAL
    return case, proposal


def open_home(slack, user):
    slack.stub.reset()
    slack.event({"type": "app_home_opened", "user": user, "channel": "D0HOME", "tab": "home"})
    [published] = [c for c in slack.stub.of("views.publish") if c["user_id"] == user]
    view = published["view"] if isinstance(published["view"], dict) else json.loads(published["view"])
    assert view["type"] == "home"
    return view


def buttons(view):
    return [(e["action_id"], e["value"]) for b in view["blocks"] if b["type"] == "actions" for e in b["elements"]]


def text(view):
    return " ".join(b["text"]["text"] for b in view["blocks"] if b.get("text"))


def click_from_home(slack, action_id, value, *, user):
    payload = {
        "type": "block_actions", "user": {"id": user, "team_id": "T0TEAM"}, "team": {"id": "T0TEAM"},
        "api_app_id": "A0APP", "trigger_id": "trig-h",
        "container": {"type": "view", "view_id": "V0HOME"}, "view": {"id": "V0HOME", "type": "home"},
        "actions": [{"action_id": action_id, "block_id": f"home:{value}", "value": value, "type": "button",
                     "action_ts": "1.1"}],
    }
    return slack.dispatch(urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded")


def test_the_home_tab_offers_the_request_to_approvers_and_shows_the_uploader_where_it_stands(slack, demo_pdfs):
    case, proposal = upload(slack, demo_pdfs["clean"], user=CLERK)

    approver = open_home(slack, AP)
    assert buttons(approver) == [(bk.APPROVE_ACTION, proposal.id), (bk.REJECT_ACTION, proposal.id)]
    assert "Waiting for you (1)" in text(approver) and "INV-1043" in text(approver)

    uploader = open_home(slack, CLERK)  # an ap_clerk: may approve nothing, sees their upload instead
    assert buttons(uploader) == [] and "Nothing is waiting for your approval" in text(uploader)
    assert "Your uploads" in text(uploader) and case.id in text(uploader) and "awaiting approval" in text(uploader)


def test_the_home_tab_never_offers_a_request_segregation_of_duties_would_refuse(slack, demo_pdfs):
    _, proposal = upload(slack, demo_pdfs["clean"], user=CONTROLLER)  # holds ap_approver, but uploaded it

    assert buttons(open_home(slack, CONTROLLER)) == []
    assert buttons(open_home(slack, AP)) == [(bk.APPROVE_ACTION, proposal.id), (bk.REJECT_ACTION, proposal.id)]
    # the slash command answers from the same list
    assert "Nothing is waiting for your approval" in slack.command("pending", user=CONTROLLER).body
    assert proposal.case_id in slack.command("pending", user=AP).body


def test_approving_from_the_home_tab_decides_it_and_republishes_the_tab(slack, demo_pdfs):
    case, proposal = upload(slack, demo_pdfs["clean"])
    slack.stub.reset()

    assert click_from_home(slack, bk.APPROVE_ACTION, proposal.id, user=AP).status == 200
    slack.drain()
    assert slack.services.store.get_proposal(proposal.id).status == ProposalStatus.POSTED
    [published] = slack.stub.of("views.publish")
    view = published["view"] if isinstance(published["view"], dict) else json.loads(published["view"])
    assert published["user_id"] == AP and buttons(view) == []
    assert "Your recent decisions" in text(view) and "approved" in text(view) and case.id in text(view)


def test_a_click_from_the_home_tab_by_someone_the_policy_refuses_is_refused_and_audited(slack, demo_pdfs):
    case, proposal = upload(slack, demo_pdfs["clean"])
    slack.stub.reset()

    click_from_home(slack, bk.APPROVE_ACTION, proposal.id, user=CLERK)
    slack.drain()
    assert slack.services.store.get_proposal(proposal.id).status == ProposalStatus.AWAITING_APPROVAL
    [dm] = [p for p in slack.stub.of("chat.postMessage") if p["channel"] == CLERK]
    assert "ap_approver" in dm["text"]
    assert [e.actor for e in slack.services.audit.events(case.id) if e.action == "decision_refused"] == [CLERK]


def test_someone_outside_the_policy_is_told_so_on_their_home_tab(slack):
    view = open_home(slack, "U0STRANGER")
    assert "not a person in the approval policy" in text(view) and buttons(view) == []


def test_the_daily_digest_goes_once_a_day_to_each_approver_with_waiting_requests(slack, demo_pdfs):
    _, proposal = upload(slack, demo_pdfs["clean"])
    slack.stub.reset()
    hour = slack.services.policy.digest_hour_utc
    day = slack.clock().replace(hour=hour, minute=0)

    assert send_digests(slack.app.deps, day - timedelta(minutes=1)) == []  # not before the policy's hour
    holders = [AP, CFO, CONTROLLER]  # whoever holds ap_approver; not the uploader, an ap_clerk
    assert sorted(send_digests(slack.app.deps, day)) == holders
    assert send_digests(slack.app.deps, day + timedelta(hours=3)) == []  # once that day
    dms = {p["channel"]: p["text"] for p in slack.stub.of("chat.postMessage")}
    assert set(dms) == set(holders) and "INV-1043" in dms[AP] and "1 approval request(s)" in dms[AP]
    assert sorted(send_digests(slack.app.deps, day + timedelta(days=1))) == holders
    assert not any("wait for you" in (p.get("text") or "") for p in slack.stub.posts(AP_CHANNEL))  # DMs only


def test_the_assistant_pane_suggests_prompts_and_answers_in_its_thread(slack):
    from countersign.app.slack.assistant import SUGGESTED_PROMPTS

    thread = {"user_id": AP, "context": {"channel_id": AP_CHANNEL}, "channel_id": "D0APMGR01",
              "thread_ts": "1700000200.000100"}
    slack.event({"type": "assistant_thread_started", "assistant_thread": thread, "event_ts": "1700000200.000200"})
    [prompts] = slack.stub.of("assistant.threads.setSuggestedPrompts")
    assert prompts["thread_ts"] == thread["thread_ts"]
    sent = prompts["prompts"] if isinstance(prompts["prompts"], list) else json.loads(prompts["prompts"])
    assert [p["message"] for p in sent] == [p["message"] for p in SUGGESTED_PROMPTS]
    slack.stub.reset()

    question = {"type": "message", "channel": "D0APMGR01", "channel_type": "im", "user": AP,
                "text": "what is waiting for me?", "ts": "1700000300.000100", "thread_ts": thread["thread_ts"]}
    slack.event(question, event_id="EvPANE1")
    slack.event(question, event_id="EvPANE1")  # Slack's retry of the same delivery: answered once
    assert [q[:2] for q in slack.questions] == [("what is waiting for me?", AP)]
    [status] = slack.stub.of("assistant.threads.setStatus")
    assert status["thread_ts"] == thread["thread_ts"]
    [reply] = [p for p in slack.stub.of("chat.postMessage") if p.get("thread_ts") == thread["thread_ts"]]
    assert reply["channel"] == "D0APMGR01" and reply["text"] == "echo: what is waiting for me?"


def test_with_the_console_public_url_set_each_case_links_to_its_console_page(slack, demo_pdfs):
    from countersign.app.slack.home import home_content
    from countersign.app.slack.home_blocks import digest_text, home_view

    case, _ = upload(slack, demo_pdfs["clean"])
    content = home_content(slack.services, AP, slack.clock(), "https://console.example.com/")
    link = f"<https://console.example.com/cases/{case.id}|{case.id}>"
    assert link in text(home_view(content)) and link in digest_text(content)
    assert "console.example.com" not in text(home_view(home_content(slack.services, AP, slack.clock())))
