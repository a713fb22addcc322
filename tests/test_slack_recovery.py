"""A Slack worker that dies after opening a case owes its thread a reply: the next start posts it, once."""

from __future__ import annotations

import threading

from countersign.agent import runner
from countersign.app.slack.intake import answer_pending, catch_up
from countersign.domain import CaseStatus
from tests.slack_stub import AP_CHANNEL

THREAD = "1700000100.000100"


def test_start_up_answers_a_case_a_dead_process_left_unanswered(slack, demo_pdfs):
    deps = slack.deps
    # What the dead process had done: stored the PDF, opened the case, recorded where to reply.
    result = runner.intake_bytes(slack.services, demo_pdfs["clean"].read_bytes(), filename="inv.pdf",
                                   source="slack", uploader="U0AP0CLERK")
    deps.refs.claim(f"reply-to:{result.case_id}|{AP_CHANNEL}|{THREAD}")
    assert slack.stub.posts(AP_CHANNEL) == []

    assert answer_pending(deps) == [result.case_id]
    assert slack.services.store.get_case(result.case_id).status == CaseStatus.AWAITING_APPROVAL  # the graph was run
    [card] = slack.stub.posts(AP_CHANNEL, THREAD)
    assert "INV-1043" in card["text"]
    assert answer_pending(deps) == []  # a second start owes nothing
    assert len(slack.stub.posts(AP_CHANNEL, THREAD)) == 1


def test_normal_intake_leaves_nothing_pending(slack, demo_pdfs):
    slack.stub.add_file("F0CLEAN", "inv.pdf", demo_pdfs["clean"].read_bytes())
    slack.share([slack.stub.file_object("F0CLEAN")], user="U0AP0CLERK", ts=THREAD)
    slack.drain()
    assert len(slack.stub.posts(AP_CHANNEL, THREAD)) == 1
    assert slack.deps.refs.pending_replies() == []
    assert slack.deps.refs.pending_files() == []


def test_start_up_takes_in_a_file_a_dead_process_had_claimed(slack, demo_pdfs):
    """The delivery was acknowledged (Slack will not send it again) and the file claimed, then the
    process died before the case existed: the next start downloads it and answers in its thread."""
    deps = slack.deps
    slack.stub.add_file("F0LOST", "lost.pdf", demo_pdfs["clean"].read_bytes())
    assert deps.refs.claim("file:F0LOST")
    deps.refs.claim(f"file-pending:F0LOST|{AP_CHANNEL}|{THREAD}|U0AP0CLERK")
    assert slack.services.store.list_cases() == []

    answer_pending(deps)
    slack.drain()
    [case] = slack.services.store.list_cases()
    assert case.filename == "lost.pdf" and case.uploader == "U0AP0CLERK" and case.status == CaseStatus.AWAITING_APPROVAL
    assert len(slack.stub.posts(AP_CHANNEL, THREAD)) == 1
    assert deps.refs.pending_files() == [] and deps.refs.pending_replies() == []
    answer_pending(deps)
    slack.drain()
    assert len(slack.services.store.list_cases()) == 1 and len(slack.stub.posts(AP_CHANNEL, THREAD)) == 1


def test_a_file_acknowledged_to_slack_survives_a_death_before_any_work(slack, demo_pdfs, monkeypatch):
    """The note is written before Slack gets its 200: kill the process right after the ack (here:
    the background work is never run) and the next start still takes the file in, once."""
    deps = slack.deps
    slack.stub.add_file("F0ACKED", "acked.pdf", demo_pdfs["clean"].read_bytes(), user="U0AP0CLERK", ts=THREAD)
    with monkeypatch.context() as m:
        m.setattr(deps.io, "submit", lambda *a, **k: None)  # dies after the ack: nothing runs
        response = slack.file_shared("F0ACKED", user="U0AP0CLERK")
        assert response.status == 200
    assert deps.refs.pending_files() == [("F0ACKED", AP_CHANNEL, None, "U0AP0CLERK")]
    assert slack.file_shared("F0ACKED", user="U0AP0CLERK").status == 200  # Slack's retry: already owned
    assert slack.services.store.list_cases() == []

    answer_pending(deps)
    slack.drain()
    [case] = slack.services.store.list_cases()
    assert case.filename == "acked.pdf" and case.status == CaseStatus.AWAITING_APPROVAL
    assert len(slack.stub.posts(AP_CHANNEL, THREAD)) == 1
    assert deps.refs.pending_files() == []


def test_a_store_failure_before_the_ack_makes_slack_send_the_event_again(slack, demo_pdfs, monkeypatch):
    from sqlalchemy.exc import OperationalError

    deps = slack.deps
    slack.stub.add_file("F0RETRY", "retry.pdf", demo_pdfs["clean"].read_bytes(), user="U0AP0CLERK", ts=THREAD)

    def down(*keys):
        raise OperationalError("INSERT", {}, Exception("database is down"))

    with monkeypatch.context() as m:
        m.setattr(deps.refs, "claim", down)
        assert slack.file_shared("F0RETRY", user="U0AP0CLERK", event_id="EvRETRY").status >= 500
    assert slack.services.store.list_cases() == []
    assert slack.file_shared("F0RETRY", user="U0AP0CLERK", event_id="EvRETRY").status == 200  # the redelivery
    [case] = slack.services.store.list_cases()
    assert case.filename == "retry.pdf"


def test_a_restarted_process_catches_up_beside_serving_not_before_it(slack, demo_pdfs, monkeypatch):
    """Catching up can take minutes after a death that owed many cases; it runs on its own
    thread, so the process answers Slack meanwhile (the port used to stay closed until done)."""
    deps = slack.deps
    slack.stub.add_file("F0SLOW", "slow.pdf", demo_pdfs["clean"].read_bytes())
    assert deps.refs.claim("file:F0SLOW")
    deps.refs.claim(f"file-pending:F0SLOW|{AP_CHANNEL}|{THREAD}|U0AP0CLERK")
    release = threading.Event()
    files_info = deps.client.files_info

    def slow_files_info(**kw):
        assert release.wait(30)
        return files_info(**kw)

    monkeypatch.setattr(deps.client, "files_info", slow_files_info)
    thread = catch_up(deps)
    assert thread.is_alive()  # returned while the owed file is still being fetched
    assert slack.file_shared("F0SLOW", user="U0AP0CLERK").status == 200  # Slack's retry meanwhile: already owned
    release.set()
    thread.join(60)
    slack.drain()
    [case] = slack.services.store.list_cases()
    assert case.filename == "slow.pdf" and case.status == CaseStatus.AWAITING_APPROVAL
    assert len(slack.stub.posts(AP_CHANNEL, THREAD)) == 1
