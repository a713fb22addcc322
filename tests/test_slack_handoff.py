"""Uploads to workers: the Slack app only acknowledges; workers take each file once and answer in its thread."""

from __future__ import annotations

import copy
import threading
import time
from datetime import timedelta

import pytest
from sqlalchemy import select

from countersign.agent import runner
from countersign.app.bootstrap import open_services
from countersign.app.samples import load_demo_specs, render_invoice
from countersign.app.slack import blocks as bk
from countersign.app.slack import handoff
from countersign.app.slack.handoff import take_pending_files, worker_deps
from countersign.app.slack.intake import answer_owed, catch_up, take_noted_file
from countersign.app.slack.notifier import SlackNotifier
from countersign.app.worker import run_worker
from countersign.domain import CaseStatus
from countersign.tables import SlackEventRow
from tests.slack_stub import AP_CHANNEL

CLERK = "U0AP0CLERK"


def _invoice(n: int) -> bytes:
    spec = copy.deepcopy(load_demo_specs()[0])
    spec["invoice_number"] = f"INV-H{n:04d}"
    return render_invoice(spec)


def _thread(n: int) -> str:
    return f"17000002{n:02d}.000100"


@pytest.fixture
def handing_off(slack):
    """The harness's app with uploads going to workers."""
    slack.settings = slack.settings.model_copy(update={"slack_uploads_to_workers": True})
    slack.deps.settings = slack.settings
    return slack


def _upload(slack, n: int) -> str:
    file_id = f"F0H{n:04d}"
    slack.stub.add_file(file_id, f"inv-{n}.pdf", _invoice(n), user=CLERK, ts=_thread(n))
    assert slack.file_shared(file_id, user=CLERK).status == 200
    return file_id


def test_the_app_only_acknowledges_and_a_worker_answers_in_the_thread(handing_off):
    slack = handing_off
    file_id = _upload(slack, 1)
    catch_up(slack.deps).join(10)  # a restarted app leaves the pending uploads to the workers too
    assert slack.services.store.list_cases() == []
    assert slack.stub.posts(AP_CHANNEL) == []
    assert slack.deps.refs.pending_files() == [(file_id, AP_CHANNEL, None, CLERK)]

    deps = worker_deps(slack.services, slack.settings)
    assert take_pending_files(deps) == 1
    [case] = slack.services.store.list_cases()
    assert case.status == CaseStatus.AWAITING_APPROVAL and case.uploader == CLERK and case.filename == "inv-1.pdf"
    [card] = slack.stub.posts(AP_CHANNEL, _thread(1))
    assert "INV-H0001" in card["text"]
    assert slack.deps.refs.pending_files() == []
    assert take_pending_files(deps) == 0  # nothing is taken twice
    assert len(slack.services.store.list_cases()) == 1
    # Done notes are deleted: a poll reads an index range of open notes, not every upload ever.
    with slack.services.sessions() as s:
        keys = list(s.scalars(select(SlackEventRow.key)))
    assert not [k for k in keys if k.startswith(("file-pending:", "reply-to:"))], keys
    assert f"file:{file_id}" in keys and f"file-done:{file_id}" in keys and f"replied:{case.id}" in keys


def test_a_claim_of_several_keys_is_all_or_none(handing_off):
    """The ack-path claim (one Core INSERT): a key already taken refuses the whole claim."""
    refs = handing_off.deps.refs
    assert refs.claim("file:F0A", "file-pending:F0A|C1||U1")
    assert not refs.claim("file:F0A")
    assert not refs.claim("file:F0B", "file-pending:F0A|C1||U1")  # F0B rolled back with it
    assert refs.claim("file:F0B")


def test_notes_left_beside_done_markers_by_an_older_version_are_not_pending(handing_off):
    refs = handing_off.deps.refs
    refs.claim("file-pending:F0OLD|C1||U1", "file-done:F0OLD", "reply-to:C-OLD|C1|", "replied:C-OLD")
    refs.claim("file-pending:F0NEW|C1|1.2|U1", "reply-to:C-NEW|C1|1.2")
    assert refs.file_pending("F0NEW") and not refs.file_pending("F0OLD") and not refs.file_pending("F0NE")
    assert refs.pending_files() == [("F0NEW", "C1", "1.2", "U1")]
    assert refs.pending_replies() == [("C-NEW", "C1", "1.2")]
    with handing_off.services.sessions() as s:
        keys = set(s.scalars(select(SlackEventRow.key)))
    assert "file-pending:F0OLD|C1||U1" not in keys and "reply-to:C-OLD|C1|" not in keys  # tidied away
    refs.finish_file("F0NEW")
    assert not refs.file_pending("F0NEW") and refs.pending_files() == []


def test_two_worker_processes_take_each_file_once(handing_off):
    """Two services on one store (as two worker processes), two threads each, six uploads."""
    slack = handing_off
    files = [_upload(slack, n) for n in range(1, 7)]
    assert len(slack.deps.refs.pending_files()) == len(files)
    with open_services(slack.settings, notifier=SlackNotifier(), clock=slack.clock) as other:
        workers = [worker_deps(slack.services, slack.settings), worker_deps(other, slack.settings)]
        threads = [threading.Thread(target=take_pending_files, args=(deps,)) for deps in workers for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
    cases = slack.services.store.list_cases()
    assert sorted(c.invoice_number for c in cases) == [f"INV-H{n:04d}" for n in range(1, 7)]
    assert all(c.status == CaseStatus.AWAITING_APPROVAL for c in cases)
    for n in range(1, 7):
        assert len(slack.stub.posts(AP_CHANNEL, _thread(n))) == 1, f"thread {n}"
    assert slack.deps.refs.pending_files() == []


def test_a_file_a_worker_failed_on_stays_pending_for_the_next_pass(handing_off, monkeypatch):
    slack = handing_off
    file_id = _upload(slack, 1)
    deps = worker_deps(slack.services, slack.settings)
    real = handoff.take_noted_file
    with monkeypatch.context() as m:
        m.setattr(handoff, "take_noted_file", lambda *a: (_ for _ in ()).throw(ConnectionError("Slack went away")))
        assert take_pending_files(deps) == 0
    assert slack.deps.refs.pending_files() == [(file_id, AP_CHANNEL, None, CLERK)]
    assert handoff.take_noted_file is real
    assert take_pending_files(deps) == 1
    assert len(slack.stub.posts(AP_CHANNEL, _thread(1))) == 1


def test_countersign_worker_takes_the_uploads(handing_off):
    """`run_worker` with uploads to workers: a file the app acknowledged is answered within seconds."""
    slack = handing_off
    stop = threading.Event()
    worker = threading.Thread(target=run_worker, args=(slack.settings.model_copy(update={"worker_concurrency": 1}),
                                                       stop), kwargs={"poll_seconds": 0.5}, daemon=True)
    worker.start()
    try:
        _upload(slack, 3)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not any(
                bk.APPROVE_ACTION in repr(p.get("blocks")) for p in slack.stub.posts(AP_CHANNEL, _thread(3))):
            time.sleep(0.1)
        [card] = slack.stub.posts(AP_CHANNEL, _thread(3))
        assert "INV-H0003" in card["text"] and bk.APPROVE_ACTION in repr(card["blocks"])
    finally:
        stop.set()
        worker.join(60)
    assert not worker.is_alive()
    [case] = slack.services.store.list_cases()
    assert case.status == CaseStatus.AWAITING_APPROVAL


def test_a_worker_answers_an_owed_reply_but_leaves_a_case_held_elsewhere(handing_off):
    """A worker died after opening a case and before its card: another worker's look posts it,
    unless the case is held right now (its holder's own reply is on the way)."""
    slack = handing_off
    result = runner.intake_bytes(slack.services, _invoice(1), filename="a.pdf", source="slack", uploader=CLERK)
    slack.deps.refs.claim(f"reply-to:{result.case_id}|{AP_CHANNEL}|{_thread(1)}")
    deps = worker_deps(slack.services, slack.settings)
    with open_services(slack.settings, notifier=SlackNotifier(), clock=slack.clock) as other:
        with other.claims.hold(result.case_id) as held:
            assert held and answer_owed(deps, skip_held=True) == []
    assert slack.stub.posts(AP_CHANNEL, _thread(1)) == []
    assert answer_owed(deps, skip_held=True) == [result.case_id]
    [card] = slack.stub.posts(AP_CHANNEL, _thread(1))
    assert "INV-H0001" in card["text"]
    assert slack.services.store.get_case(result.case_id).status == CaseStatus.AWAITING_APPROVAL
    assert answer_owed(deps, skip_held=True) == [] and slack.deps.refs.pending_replies() == []


def test_a_worker_shows_every_waiting_reading_before_it_runs_any_checks(handing_off):
    """A burst: each upload's reading card is posted before any upload's vendor, PO and policy
    checks run; then each card replaces its reading in place."""
    slack = handing_off
    for n in range(1, 4):
        _upload(slack, n)
    assert take_pending_files(worker_deps(slack.services, slack.settings)) == 3
    shown = [c for c in slack.stub.calls if c.method in ("chat.postMessage", "chat.update")
             and c.args.get("channel") == AP_CHANNEL]
    assert [c.method for c in shown] == ["chat.postMessage"] * 3 + ["chat.update"] * 3
    assert all(c.args["text"].startswith("Read invoice") for c in shown[:3])
    for n in range(1, 4):
        [card] = slack.stub.posts(AP_CHANNEL, _thread(n))
        assert f"INV-H{n:04d}" in card["text"] and bk.APPROVE_ACTION in repr(card["blocks"])
    assert {c.status for c in slack.services.store.list_cases()} == {CaseStatus.AWAITING_APPROVAL}


def test_checks_a_stopping_worker_dropped_are_finished_by_the_next_look(handing_off):
    """A worker stops after posting a reading and before its checks: the reply it owes stays noted,
    and the next look finishes the case and turns the reading into the card."""
    slack = handing_off
    file_id = _upload(slack, 1)
    deps = worker_deps(slack.services, slack.settings)
    take_noted_file(deps, file_id, AP_CHANNEL, None, CLERK)  # the reading, its checks queued
    deps.later.shutdown()  # the worker stops: queued checks are dropped
    [case] = slack.services.store.list_cases()
    assert case.status == CaseStatus.PROCESSING and deps.tracker.wait_idle(0)
    [reading] = slack.stub.posts(AP_CHANNEL, _thread(1))
    assert reading["text"].startswith("Read invoice") and slack.stub.of("chat.update") == []
    assert answer_owed(worker_deps(slack.services, slack.settings), skip_held=True) == [case.id]
    [card] = slack.stub.posts(AP_CHANNEL, _thread(1))
    assert bk.APPROVE_ACTION in repr(card["blocks"])
    assert slack.services.store.get_case(case.id).status == CaseStatus.AWAITING_APPROVAL


def test_a_worker_takes_as_many_uploads_at_once_as_its_setting_and_each_once(handing_off, monkeypatch):
    """COUNTERSIGN_WORKER_CONCURRENCY=3: three uploads in hand at once (a barrier of three is
    passed), never a fourth, and each of the seven taken exactly once."""
    slack = handing_off
    files = [_upload(slack, n) for n in range(1, 8)]
    lock, at_once, peak, taken = threading.Lock(), [0], [0], []
    three = threading.Barrier(3)

    def take(deps, file_id, channel, thread_ts, user):
        with lock:
            at_once[0] += 1
            peak[0] = max(peak[0], at_once[0])
            taken.append(file_id)
        try:
            if len(taken) <= 6:  # the first six files come in two groups of three
                three.wait(timeout=60)  # only a limit against a hang: three loops meet here
            deps.refs.finish_file(file_id)
        finally:
            with lock:
                at_once[0] -= 1

    monkeypatch.setattr(handoff, "take_noted_file", take)
    stop = threading.Event()
    settings = slack.settings.model_copy(update={"worker_concurrency": 3})
    worker = threading.Thread(target=run_worker, args=(settings, stop), kwargs={"poll_seconds": 0.5}, daemon=True)
    worker.start()
    try:
        deadline = time.monotonic() + 120  # a limit against a hang, not a timing assertion
        while time.monotonic() < deadline and slack.deps.refs.pending_files():
            time.sleep(0.05)
    finally:
        stop.set()
        worker.join(60)
    assert not three.broken and not worker.is_alive()
    assert peak[0] == 3
    assert sorted(taken) == files and slack.deps.refs.pending_files() == []


def test_an_upload_that_arrives_during_a_reading_is_read_before_any_checks_run(handing_off, monkeypatch):
    """A burst still arriving: the worker looks again after each file it took, so the second
    upload's reading comes before the first upload's checks (its card)."""
    slack = handing_off
    _upload(slack, 1)
    real = handoff.take_noted_file

    def take(deps, file_id, *rest):
        if file_id == "F0H0001":
            _upload(slack, 2)  # acknowledged while the first file is being read
        real(deps, file_id, *rest)

    monkeypatch.setattr(handoff, "take_noted_file", take)
    assert take_pending_files(worker_deps(slack.services, slack.settings)) == 2
    shown = [(c.method, c.args.get("thread_ts") or c.args.get("ts")) for c in slack.stub.calls
             if c.method in ("chat.postMessage", "chat.update") and c.args.get("channel") == AP_CHANNEL]
    assert [method for method, _ in shown] == ["chat.postMessage"] * 2 + ["chat.update"] * 2
    assert [ts for _, ts in shown[:2]] == [_thread(1), _thread(2)]
    assert {c.status for c in slack.services.store.list_cases()} == {CaseStatus.AWAITING_APPROVAL}


def test_a_workers_later_looks_leave_a_fresh_owed_reply_to_the_worker_that_queued_its_checks(handing_off):
    """A burst's case waits, unheld, for its checks in some worker's queue: a periodic look takes
    only replies owed for longer than its interval (a stopped worker's), not this one."""
    slack = handing_off
    file_id = _upload(slack, 1)
    queued = worker_deps(slack.services, slack.settings)
    take_noted_file(queued, file_id, AP_CHANNEL, None, CLERK)  # the reading; its checks wait in `queued`
    [case] = slack.services.store.list_cases()
    other = worker_deps(slack.services, slack.settings)
    assert answer_owed(other, skip_held=True, noted_before=slack.clock() - timedelta(seconds=60)) == []
    assert slack.services.store.get_case(case.id).status == CaseStatus.PROCESSING
    slack.clock.advance(seconds=61)  # the queue's worker stopped: the reply is still owed a minute on
    queued.later.shutdown()
    assert answer_owed(other, skip_held=True, noted_before=slack.clock() - timedelta(seconds=60)) == [case.id]
    assert slack.services.store.get_case(case.id).status == CaseStatus.AWAITING_APPROVAL
