"""Worker processes on one PostgreSQL database: no case taken twice, a killed worker's case taken over."""

from __future__ import annotations

import copy
import multiprocessing
import signal
import threading
import time
import uuid
from collections import Counter

import pytest
from sqlalchemy import func, select

from countersign.agent.approvals import decide
from countersign.agent.runner import intake_bytes, needs_work, process_bytes
from countersign.app.bootstrap import open_services
from countersign.app.demo import seed
from countersign.app.samples import load_demo_specs, render_invoice
from countersign.app.settings import Settings
from countersign.app.worker import run_worker, work_once
from countersign.domain import CaseStatus, ProposalStatus, Verdict
from countersign.tables import LedgerBillRow
from evals.stress import FaultPlan, faulty_erp_factory

CLERK, APPROVER = "U0AP0CLERK", "U0APMGR01"
SPAWN = multiprocessing.get_context("spawn")


def invoice(i: int) -> bytes:
    spec = copy.deepcopy(load_demo_specs()[0])
    spec["invoice_number"] = f"INV-W{i:04d}"
    return render_invoice(spec)


def _worker(settings: Settings, stop, done, plan: FaultPlan | None = None) -> None:
    import os

    run_worker(settings, stop, poll_seconds=0.05, grace_seconds=0.0, erp_factory=faulty_erp_factory(plan),
               on_done=lambda d: done.put((os.getpid(), d.case_id, d.action)))


def _until(predicate, limit_s: float = 180.0) -> bool:
    """Bounded wait (not a timing assertion: the limit only keeps a broken run from hanging)."""
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return predicate()


@pytest.fixture
def pg_settings(pg_server, pg_template, tmp_path) -> Settings:
    url = pg_server.create_database(f"w_{uuid.uuid4().hex[:12]}", template=pg_template)
    return Settings(data_dir=tmp_path / "ws", database_url=url, _env_file=None)


@pytest.mark.slow
def test_several_workers_never_run_a_case_twice(pg_settings):
    n = 12
    with open_services(pg_settings) as services:
        seed(services)
        ids = [intake_bytes(services, invoice(i), filename=f"w{i}.pdf", source="cli", uploader=CLERK).case_id
               for i in range(n)]
        stop, done = SPAWN.Event(), SPAWN.Queue()
        procs = [SPAWN.Process(target=_worker, args=(pg_settings, stop, done), daemon=True) for _ in range(3)]
        for p in procs:
            p.start()
        try:
            assert _until(lambda: all(services.store.get_case(c).status == CaseStatus.AWAITING_APPROVAL
                                      for c in ids)), \
                Counter(services.store.get_case(c).status for c in ids)
        finally:
            stop.set()
            for p in procs:
                p.join(60)
        assert [p.exitcode for p in procs] == [0, 0, 0]
        runs = []
        while not done.empty():
            runs.append(done.get())
        per_case = Counter(case_id for _, case_id, _ in runs)
        assert per_case == Counter({c: 1 for c in ids})  # every case run once, by exactly one worker
        for case_id in ids:
            actions = Counter(e.action for e in services.audit.events(case_id))
            assert actions["extracted"] == 1 and actions["approval_requested"] == 1, (case_id, actions)
        assert services.audit.verify().ok


@pytest.mark.slow
def test_a_killed_workers_case_is_taken_over_and_posted_once(pg_settings):
    with open_services(pg_settings, erp_factory=faulty_erp_factory(FaultPlan(p_unavailable=1.0))) as services:
        seed(services)
        case_id = process_bytes(services, invoice(1), filename="k.pdf", source="cli", uploader=CLERK).case_id
        proposal = services.store.proposals_for_case(case_id)[0]
        # Decided, then the ERP is down: the decision stands, approved and not posted, nothing failed.
        outcome = decide(services, proposal.id, approver_id=APPROVER, verdict=Verdict.APPROVE)
        assert outcome.applied and outcome.status == ProposalStatus.APPROVED
        assert services.store.get_case(case_id).status == CaseStatus.AWAITING_APPROVAL
        assert "did not answer" in services.store.get_case(case_id).reason
        assert needs_work(services, case_id) == "resumed"

        stop, done, stop_a = SPAWN.Event(), SPAWN.Queue(), SPAWN.Event()
        # Worker A writes the bill and is SIGKILLed before it can mark the proposal posted. It gets
        # an event of its own: killed while another of its loops waits on the event, it would take
        # the event's lock with it, and nobody could set or wait on that event again.
        a = SPAWN.Process(target=_worker, args=(pg_settings, stop_a, done, FaultPlan(p_kill_after=1.0)), daemon=True)
        a.start()
        a.join(180)
        assert a.exitcode == -signal.SIGKILL
        assert services.store.get_proposal(proposal.id).status == ProposalStatus.APPROVED
        # Worker B finds it (A's claim died with its connection) and finishes it without a second bill.
        b = SPAWN.Process(target=_worker, args=(pg_settings, stop, done), daemon=True)
        b.start()
        try:
            assert _until(lambda: services.store.get_case(case_id).status == CaseStatus.POSTED)
        finally:
            stop.set()
            b.join(60)
        assert b.exitcode == 0
        with services.sessions() as s:
            bills = s.scalar(select(func.count()).select_from(LedgerBillRow)
                             .where(LedgerBillRow.idempotency_key == proposal.idempotency_key))
        assert bills == 1
        assert [e.action for e in services.audit.events(case_id)].count("posted") == 1
        assert services.audit.verify().ok


def test_a_claimed_case_is_skipped_until_released(open_ws, workspace):
    """On both stores: while one holder has the case, another pass leaves it alone."""
    with open_ws() as first, open_ws() as second:
        case_id = intake_bytes(first, invoice(7), filename="c.pdf", source="cli", uploader=CLERK).case_id
        with first.claims.hold(case_id) as ours:
            assert ours
            assert work_once(second) == []
            assert second.store.get_case(case_id).status == CaseStatus.RECEIVED
        done = work_once(second)
        assert [(d.case_id, d.action, d.status) for d in done] == [(case_id, "received", CaseStatus.AWAITING_APPROVAL)]
        assert work_once(second) == []  # nothing left to do: never run twice


def test_grace_leaves_fresh_cases_to_the_process_running_them(services):
    case_id = intake_bytes(services, invoice(9), filename="g.pdf", source="cli", uploader=CLERK).case_id
    assert work_once(services, grace_seconds=3600) == []
    assert [d.case_id for d in work_once(services)] == [case_id]


def test_a_pass_pages_past_cases_it_cannot_take(open_ws, monkeypatch):
    """Cases held elsewhere at the head of the queue must not hide the rest (pages of 2 here)."""
    import countersign.app.worker as worker_module

    monkeypatch.setattr(worker_module, "PAGE", 2)
    with open_ws() as first, open_ws() as second:
        ids = sorted(intake_bytes(first, invoice(20 + i), filename=f"p{i}.pdf", source="cli", uploader=CLERK).case_id
                     for i in range(5))
        with first.claims.hold(ids[0]) as a, first.claims.hold(ids[1]) as b:
            assert a and b
            done = work_once(second)
        assert sorted(d.case_id for d in done) == ids[2:]
        assert {second.store.get_case(i).status for i in ids[:2]} == {CaseStatus.RECEIVED}
        assert sorted(d.case_id for d in work_once(second, sweep=True)) == ids[:2]
        assert work_once(second, sweep=True) == []


def test_the_sweep_finishes_a_posted_case_whose_graph_stopped_before_notify(services):
    """A kill between the post's commit and the notify step: the case is final, its graph is not."""
    from countersign.agent.runner import thread_config

    case_id = process_bytes(services, invoice(30), filename="n.pdf", source="cli", uploader=CLERK).case_id
    [proposal] = services.store.proposals_for_case(case_id)
    decide(services, proposal.id, approver_id=APPROVER, verdict=Verdict.APPROVE)
    services.graph.update_state(thread_config(case_id), {"outcome": CaseStatus.POSTED.value}, as_node="post")
    assert services.graph.get_state(thread_config(case_id)).next == ("notify",)
    assert work_once(services) == []  # the cheap queries do not look at final cases
    assert [(d.case_id, d.action) for d in work_once(services, sweep=True)] == [(case_id, "resumed")]
    assert services.graph.get_state(thread_config(case_id)).next == ()
    assert services.store.get_case(case_id).status == CaseStatus.POSTED


def test_the_worker_command_runs_its_loops_on_a_frozen_start_up_heap(tmp_path, monkeypatch):
    """What start-up built lives as long as the worker: out of the cycle collector's sight before
    the loops start (bootstrap.settle_heap), as `serve` does, and only in the command's own process."""
    import gc

    from typer.testing import CliRunner

    from countersign.app import cli, worker

    seen: list[int] = []
    stop_now = threading.Event()

    def one_pass(services, **kwargs):
        seen.append(gc.get_freeze_count())
        stop_now.set()
        return []

    monkeypatch.setattr(worker, "work_once", one_pass)
    settings = Settings(data_dir=tmp_path / "ws", _env_file=None)
    frozen_before = gc.get_freeze_count()
    worker.run_worker(settings, stop_now, poll_seconds=0.01)  # as tests and evals run it: nothing frozen
    assert seen and set(seen) == {frozen_before}
    seen.clear()
    stop_now.clear()
    try:
        worker.run_worker(settings, stop_now, poll_seconds=0.01, freeze_heap=True)
    finally:
        gc.unfreeze()
    assert seen and min(seen) > frozen_before + 100_000

    asked: dict = {}
    monkeypatch.setattr(worker, "run_worker", lambda *args, **kwargs: asked.update(kwargs))
    monkeypatch.setattr(signal, "signal", lambda *args: None)  # the test process keeps its own handlers
    result = CliRunner().invoke(cli.app, ["--data-dir", str(tmp_path / "ws"), "worker"])
    assert result.exit_code == 0, result.output
    assert asked["freeze_heap"] is True
    assert asked["lower_priority"] is True


def test_a_worker_process_lowers_its_cpu_priority_only_when_it_is_the_command(tmp_path, monkeypatch):
    """Case work yields a busy CPU to the Slack app's acknowledgements: the `worker` command (and
    only it: nice cannot be raised back) lowers its priority by COUNTERSIGN_WORKER_NICE before its
    loops and reading helpers start; 0 leaves it."""
    from countersign.app import worker

    niced: list[int] = []
    monkeypatch.setattr(worker.os, "nice", lambda n: niced.append(n) or 10, raising=False)
    stop_now = threading.Event()

    def one_pass(services, **kwargs):
        stop_now.set()
        return []

    monkeypatch.setattr(worker, "work_once", one_pass)
    settings = Settings(data_dir=tmp_path / "ws", _env_file=None)
    assert settings.worker_nice == 10
    worker.run_worker(settings, stop_now, poll_seconds=0.01)  # tests and evals: the caller's priority
    assert niced == []
    stop_now.clear()
    worker.run_worker(settings, stop_now, poll_seconds=0.01, lower_priority=True)
    assert niced[0] == 10
    niced.clear()
    stop_now.clear()
    worker.run_worker(Settings(data_dir=tmp_path / "ws", worker_nice=0, _env_file=None), stop_now,
                      poll_seconds=0.01, lower_priority=True)
    assert niced == []
