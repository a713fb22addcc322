"""Questions in Slack reach the chat agent and are answered in the thread; the slash command."""

from __future__ import annotations

from tests.slack_stub import AP_CHANNEL, BOT_USER

CLERK = "U0AP0CLERK"
AP = "U0APMGR01"


def test_an_app_mention_is_answered_in_its_thread(slack):
    slack.event({"type": "app_mention", "channel": AP_CHANNEL, "user": CLERK, "ts": "1700001000.000100",
                 "text": f"<@{BOT_USER}> why did invoice 1043 stall?"})
    assert slack.questions == [("why did invoice 1043 stall?", CLERK, f"slack:{AP_CHANNEL}:1700001000.000100:{CLERK}")]
    [answer] = slack.stub.posts(AP_CHANNEL, "1700001000.000100")
    assert answer["text"] == "echo: why did invoice 1043 stall?"


def test_a_follow_up_in_the_thread_keeps_the_conversation(slack):
    for ts, text in [("1700001100.000100", "what is waiting for me?"), ("1700001101.000100", "and the oldest?")]:
        slack.event({"type": "app_mention", "channel": AP_CHANNEL, "user": AP, "ts": ts,
                     "thread_ts": "1700001100.000100", "text": f"<@{BOT_USER}> {text}"})
    assert {q[2] for q in slack.questions} == {f"slack:{AP_CHANNEL}:1700001100.000100:{AP}"}
    assert len(slack.stub.posts(AP_CHANNEL, "1700001100.000100")) == 2


def test_two_people_in_one_thread_have_their_own_conversations(slack):
    for user, ts in [(AP, "1700001150.000100"), (CLERK, "1700001151.000100")]:
        slack.event({"type": "app_mention", "channel": AP_CHANNEL, "user": user, "ts": ts,
                     "thread_ts": "1700001150.000100", "text": f"<@{BOT_USER}> and who can approve it?"})
    assert [q[2] for q in slack.questions] == [f"slack:{AP_CHANNEL}:1700001150.000100:{AP}",
                                              f"slack:{AP_CHANNEL}:1700001150.000100:{CLERK}"]


def test_a_direct_message_is_answered_in_its_thread(slack):
    slack.event({"type": "message", "channel": "D0APMGR01", "channel_type": "im", "user": AP,
                 "ts": "1700001200.000100", "text": "explain the variance on PO-2001"})
    assert slack.questions[0][:2] == ("explain the variance on PO-2001", AP)
    [answer] = slack.stub.posts("D0APMGR01", "1700001200.000100")
    assert answer["text"] == "echo: explain the variance on PO-2001"


def test_channel_chatter_bot_messages_and_edits_are_not_questions(slack):
    slack.event({"type": "message", "channel": AP_CHANNEL, "channel_type": "channel", "user": CLERK,
                 "ts": "1700001300.000100", "text": "lunch?"})
    slack.event({"type": "message", "channel": "D0APMGR01", "channel_type": "im", "bot_id": "B0BOT0001",
                 "ts": "1700001301.000100", "text": "a card"})
    slack.event({"type": "message", "subtype": "message_changed", "channel": "D0APMGR01", "channel_type": "im",
                 "ts": "1700001302.000100", "message": {"text": "edited"}})
    assert slack.questions == [] and slack.stub.posts() == []


def test_a_retried_mention_is_answered_once(slack):
    event = {"type": "app_mention", "channel": AP_CHANNEL, "user": CLERK, "ts": "1700001400.000100",
             "text": f"<@{BOT_USER}> status?"}
    first = slack.event(event, event_id="Ev0RETRY01")
    retry = slack.event(event, event_id="Ev0RETRY01",
                        headers={"x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout"})
    assert first.status == retry.status == 200
    assert len(slack.questions) == 1 and len(slack.stub.posts(AP_CHANNEL)) == 1


def test_a_failing_agent_gets_a_short_apology_not_silence(slack):
    def broken(text, *, user_id, conversation_id):
        raise RuntimeError("model down")

    slack.deps.ask = broken
    slack.event({"type": "app_mention", "channel": AP_CHANNEL, "user": CLERK, "ts": "1700001500.000100",
                 "text": f"<@{BOT_USER}> hello"})
    [answer] = slack.stub.posts(AP_CHANNEL, "1700001500.000100")
    assert "Sorry" in answer["text"] and "model down" not in answer["text"]


def test_slash_command_help_status_pending_and_questions(slack, demo_pdfs):
    assert "status CASE" in slack.command("help", user=CLERK).body
    f = slack.stub.add_file("F900", "clean.pdf", demo_pdfs["clean"].read_bytes(), user=CLERK)
    slack.share([f], user=CLERK, ts="1700001600.000100")
    [case] = slack.services.store.list_cases()

    status = slack.command("status INV-1043", user=CLERK)
    assert case.id in status.body and "awaiting_approval" in status.body
    assert "countersign_approve" not in status.body  # a status reply carries no buttons
    assert "No case" in slack.command("status INV-99999", user=CLERK).body

    assert "INV-1043" in slack.command("pending", user=AP).body
    assert "Nothing is waiting" in slack.command("pending", user=CLERK).body  # the uploader cannot approve it
    assert "not an approver" in slack.command("pending", user="U0STRANGER").body

    slack.command("why is INV-1043 waiting?", user=AP)
    assert slack.questions[-1][:2] == ("why is INV-1043 waiting?", AP)
    assert slack.stub.responses[-1]["text"] == "echo: why is INV-1043 waiting?"
