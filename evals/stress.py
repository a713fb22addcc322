"""Exactly once under faults: `python -m evals.stress [--n 1000] [--workers 2] [--seed 7] [--erp ledger|NAME]
[--kill-every MIN_S MAX_S] [--settle-seconds S]`.

N invoices go through the real HTTP Slack app (Bolt behind `countersign.app.slack.server`, in
its own process) and the worker processes (`countersign.app.worker`), all on one PostgreSQL
database (a throwaway server from tests/pg_server.py unless --database-url is given), with
faults injected on purpose:

- double clicks (two Approve clicks at once, sometimes one of them by the uploader, whose own
  upload the policy forbids them to approve), Slack retries (the same request again with
  `X-Slack-Retry-Num`), a Reject racing an Approve, Approve clicks on expired requests;
- ERP faults. `--erp ledger` (default): through `FaultyERP`, a fault-injecting wrapper around the
  embedded ledger: "unavailable" (an outage before anything is written) and "timeout" (the bill
  is written, then the answer is lost), both as `ERPUnavailable`. `--erp quickbooks` (or `xero`,
  `netsuite`, `businesscentral`, any name in evals/stress_erps.py): the real adapter and its
  client speak HTTP to the system's
  fault-injecting stub (tests/qbo_stub.py, tests/xero_stub.py…; one server shared by every
  process, tokens in the workspace), which
  answers bill writes at random with 500 before processing, 503 after creating the bill, no
  answer until the client's read timeout after creating it, or 429. In both modes `FaultyERP`
  SIGKILLs the posting process just before or just after the bill is written — i.e. between the
  decision and the post;
- SIGKILL of worker processes and of the Slack app process at random moments, intake included
  (a file is claimed and noted pending before Slack gets its 200; a restarted app takes in what
  its predecessor owed); a supervisor restarts whatever died, and approvers click again on cards
  that still show the request open.

Then everything is killed one last time, clean workers are started, and when no case needs work
the store and the ERP are checked: every approved proposal posted exactly once (one ERP
bill per key, one `posted` audit event, status posted), no rejected or expired proposal posted,
every invoice's case finished with its graph at the end, the audit chain valid.

All traffic is on 127.0.0.1. Loops are bounded; a run that cannot settle reports what is left.
"""

from __future__ import annotations

import argparse
import copy
import json
import logging
import multiprocessing
import os
import random
import signal
import socket
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from countersign.adapters.local_ledger import LocalLedger
from countersign.domain import CaseStatus
from countersign.ports import ERPUnavailable
from evals.stress_erps import STUBBED

REPORTS = Path(__file__).parent / "reports"
CLERK, APPROVER = "U0AP0CLERK", "U0APMGR01"


# --------------------------------------------------------------------------- fault injection


@dataclass(frozen=True)
class FaultPlan:
    """Probabilities per `post_bill` call (the rest is a clean post). `log_path` gets one line per
    injected fault, written before the fault takes effect (so kills are counted too)."""

    p_unavailable: float = 0.0
    p_timeout: float = 0.0
    p_kill_before: float = 0.0
    p_kill_after: float = 0.0
    log_path: str | None = None
    seed: int = 0
    # outage kinds ("unavailable", "timeout") injected at a run's first posts when chance has not drawn them yet
    # (read from `log_path`), so a small run always has them to recover from, not only about 95 runs in 100
    ensure: tuple[str, ...] = ()


class InjectedOutage(ERPUnavailable):
    """An injected ERP outage: the post waits for the next attempt rather than failing the case."""


_OUTAGES = {"unavailable": "the ERP answered 503 Service Unavailable (injected)",
            "timeout": "the ERP did not answer in time (injected, after the bill was written)"}


class FaultyERP:
    """Any ERP adapter with faults injected around `post_bill`; everything else passes through."""

    def __init__(self, inner, plan: FaultPlan = FaultPlan()):
        self.inner = inner
        self.plan = plan
        self.rng = random.Random(hash((plan.seed, os.getpid(), time.time_ns())))
        self._all_ensured = not plan.ensure

    def __getattr__(self, name: str):
        return getattr(self.inner, name)

    def _note(self, kind: str, key: str) -> None:
        if self.plan.log_path:
            with open(self.plan.log_path, "a", encoding="utf-8") as f:
                f.write(f"{kind} {os.getpid()} {key}\n")
                f.flush()
                os.fsync(f.fileno())

    def _outage(self, kind: str, key: str) -> None:
        self._note(kind, key)
        raise InjectedOutage(_OUTAGES[kind])

    def _owed(self) -> str | None:
        """The first `ensure` kind the run's fault log does not hold yet (the log is read only until all are in)."""
        if self._all_ensured or not self.plan.log_path:
            return None
        try:
            seen = {line.split()[0] for line in Path(self.plan.log_path).read_text().splitlines() if line.strip()}
        except FileNotFoundError:
            seen = set()
        owed = next((kind for kind in self.plan.ensure if kind not in seen), None)
        self._all_ensured = owed is None
        return owed

    def post_bill(self, draft, *, idempotency_key: str, attachment: bytes | None = None):
        owed = self._owed()  # the owed outage instead of this call's chances: no kill, no clean post
        if owed == "unavailable":
            self._outage("unavailable", idempotency_key)
        if owed == "timeout":
            self.inner.post_bill(draft, idempotency_key=idempotency_key, attachment=attachment)
            self._outage("timeout", idempotency_key)
        p, roll = self.plan, self.rng.random()
        if roll < p.p_kill_before:
            self._note("kill_before", idempotency_key)
            os.kill(os.getpid(), signal.SIGKILL)
        roll -= p.p_kill_before
        if roll < p.p_unavailable:
            self._outage("unavailable", idempotency_key)
        roll -= p.p_unavailable
        bill = self.inner.post_bill(draft, idempotency_key=idempotency_key, attachment=attachment)
        if roll < p.p_kill_after:
            self._note("kill_after", idempotency_key)
            os.kill(os.getpid(), signal.SIGKILL)
        roll -= p.p_kill_after
        if roll < p.p_timeout:
            self._outage("timeout", idempotency_key)
        return bill


def faulty_erp_factory(plan: FaultPlan | None, settings=None):
    """sessions -> ERP: the embedded ledger, or the system `settings.erp` names (at its stub, see
    evals/stress_erps.py), wrapped in `FaultyERP` when there is a plan."""
    def make(sessions):
        if settings is not None and settings.erp in STUBBED:
            from countersign.app.store import bill_identity_resolver

            inner = STUBBED[settings.erp].build(settings, bill_identity_resolver(sessions))
        else:
            inner = LocalLedger(sessions)
        return FaultyERP(inner, plan) if plan else inner

    return make


# --------------------------------------------------------------------------- child processes


def _child_logging(settings, role: str) -> None:
    logs = Path(settings.data_dir) / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    from countersign.app.logs import ContextFilter

    logging.basicConfig(filename=logs / f"{role}-{os.getpid()}.log", level=logging.INFO, force=True,
                        format="%(asctime)s %(process)d %(name)s %(levelname)s%(ids)s %(message)s")
    for handler in logging.getLogger().handlers:  # each line names its case and proposal (_logged_about)
        handler.addFilter(ContextFilter(as_text=True))


def _worker_main(settings, plan: FaultPlan | None, grace: float, stop) -> None:
    from countersign.app.worker import run_worker

    _child_logging(settings, "worker")
    run_worker(settings, stop, poll_seconds=0.2, grace_seconds=grace, erp_factory=faulty_erp_factory(plan, settings))


def _slack_main(settings, port: int, plan: FaultPlan | None, ready) -> None:
    from countersign.app.bootstrap import open_services
    from countersign.app.slack.app import build_app
    from countersign.app.slack.http_app import HttpLimits, slack_asgi
    from countersign.app.slack.http_server import serve_in_thread
    from countersign.app.slack.intake import catch_up
    from countersign.app.slack.notifier import SlackNotifier

    _child_logging(settings, "slack")
    with open_services(settings, notifier=SlackNotifier(), erp_factory=faulty_erp_factory(plan, settings)) as services:
        app = build_app(services, settings.model_copy(update={"slack_concurrency": 2}), ask=lambda text, **kw: text)
        catch_up(app.deps)  # what a killed predecessor owed (files it took, replies it did not post), while serving
        endpoint = slack_asgi(app)
        for _attempt in range(100):  # the killed predecessor's socket may linger for a moment
            try:
                server = serve_in_thread(endpoint, HttpLimits(), port=port)
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise SystemExit(f"port {port} stayed busy")
        ready.set()
        server.thread.join()


class Supervisor:
    """Starts the Slack app and the workers, restarts whatever dies, kills on request."""

    def __init__(self, settings, plan: FaultPlan | None, workers: int, port: int, grace: float):
        self.ctx = multiprocessing.get_context("spawn")
        self.settings, self.plan, self.port, self.grace = settings, plan, port, grace
        # One stop event per worker: a worker SIGKILLed while one of its loops waits on its event
        # takes that event's lock with it, and a shared event could then never be set again.
        self.stop_events: dict[str, Any] = {}
        self.slots: dict[str, multiprocessing.Process | None] = {f"worker-{i}": None for i in range(workers)}
        self.slots["slack"] = None
        self.slack_ready = self.ctx.Event()
        self.restarts = 0
        self.kills = Counter()
        self.lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def _spawn(self, name: str) -> None:
        if name == "slack":
            self.slack_ready.clear()
            proc = self.ctx.Process(target=_slack_main, args=(self.settings, self.port, self.plan, self.slack_ready),
                                    daemon=True, name=name)
        else:
            self.stop_events[name] = self.ctx.Event()  # kept here: the child unpickles it after this returns
            proc = self.ctx.Process(target=_worker_main, args=(self.settings, self.plan, self.grace,
                                                               self.stop_events[name]), daemon=True, name=name)
        proc.start()
        self.slots[name] = proc

    def start(self, names=None) -> None:
        for name in names or list(self.slots):
            self._spawn(name)
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        while not self._stop.wait(0.1):
            with self.lock:
                for name, proc in self.slots.items():
                    if proc is not None and not proc.is_alive():
                        proc.join()
                        self.restarts += 1
                        self._spawn(name)

    def kill_random(self, rng: random.Random) -> None:
        with self.lock:
            names = [n for n, p in self.slots.items() if p is not None and p.is_alive()]
            if not names:
                return
            # The Slack app takes seconds to start again: kill it less often than a worker, so
            # that decisions keep flowing between its deaths.
            weights = [1.0 if n != "slack" else 0.35 for n in names]
            name = rng.choices(names, weights=weights)[0]
            try:
                os.kill(self.slots[name].pid, signal.SIGKILL)
                self.kills["slack" if name == "slack" else "worker"] += 1
            except ProcessLookupError:
                pass

    def kill_all(self) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join()
        with self.lock:
            for proc in self.slots.values():
                if proc is not None and proc.is_alive():
                    os.kill(proc.pid, signal.SIGKILL)
            for proc in self.slots.values():
                if proc is not None:
                    proc.join(timeout=30)

    def stop_gracefully(self, timeout: float = 60) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join()
        for event in self.stop_events.values():
            event.set()
        for proc in self.slots.values():
            if proc is not None:
                proc.join(timeout=timeout)
                if proc.is_alive():
                    proc.kill()
                    proc.join()


class Chaos:
    """SIGKILLs a random live process every `interval` (uniform) seconds until stopped."""

    def __init__(self, supervisor: Supervisor, rng: random.Random, interval: tuple[float, float]):
        self.supervisor, self.rng, self.interval = supervisor, rng, interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(self.rng.uniform(*self.interval)):
            self.supervisor.kill_random(self.rng)

    def start(self) -> "Chaos":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


# --------------------------------------------------------------------------- Slack traffic


@dataclass
class Traffic:
    url: str
    sent: Counter = field(default_factory=Counter)

    def post(self, body: str, content_type: str, extra: dict | None = None, attempts: int = 400) -> int:
        """POST a freshly signed request; retry while the app is down or restarting (bounded)."""
        from tests.slack_stub import sign

        for _ in range(attempts):
            headers = {"Content-Type": content_type, **sign(body), **(extra or {})}
            request = urllib.request.Request(self.url, data=body.encode(), headers=headers, method="POST")
            try:
                with urllib.request.urlopen(request, timeout=15) as response:
                    response.read()
                    self.sent["http_200" if response.status == 200 else f"http_{response.status}"] += 1
                    return response.status
            except urllib.error.HTTPError as exc:
                self.sent[f"http_{exc.code}"] += 1
                return exc.code
            except (urllib.error.URLError, ConnectionError, socket.timeout, TimeoutError, OSError):
                self.sent["connection_errors"] += 1
                time.sleep(0.1)
        raise RuntimeError("the Slack app stayed unreachable")

    def approve(self, proposal_id: str, user: str = APPROVER, retry: bool = False) -> int:
        from countersign.app.slack import blocks as bk
        from tests.slack_stub import action_body

        extra = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"} if retry else None
        return self.post(action_body(bk.APPROVE_ACTION, proposal_id, user=user), "application/x-www-form-urlencoded",
                         extra)

    def reject(self, proposal_id: str, user: str = APPROVER) -> int:
        from countersign.app.slack import blocks as bk
        from tests.slack_stub import AP_CHANNEL, view_body

        meta = json.dumps({"proposal_id": proposal_id, "channel": AP_CHANNEL})
        values = {bk.REASON_BLOCK: {bk.REASON_INPUT: {"type": "plain_text_input", "value": "stress: not ours"}}}
        return self.post(view_body(bk.REJECT_VIEW, user=user, private_metadata=meta, values=values),
                         "application/x-www-form-urlencoded")

    def file_shared(self, file_id: str, event_id: str, retry: int = 0) -> int:
        from tests.slack_stub import AP_CHANNEL, event_body

        event = {"type": "file_shared", "channel_id": AP_CHANNEL, "file_id": file_id, "user_id": CLERK,
                 "file": {"id": file_id}, "event_ts": "1.0"}
        extra = {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"} if retry else None
        return self.post(event_body(event, event_id=event_id), "application/json", extra)


def _both(fn_a, fn_b) -> None:
    """Two requests at the same moment (a double click)."""
    start = threading.Barrier(2)

    def run(fn):
        start.wait()
        fn()

    threads = [threading.Thread(target=run, args=(f,)) for f in (fn_a, fn_b)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def _wait(predicate, limit_s: float, every: float = 0.25) -> bool:
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(every)
    return predicate()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --------------------------------------------------------------------------- the run


def _upgrade(url: str) -> None:
    from countersign.app.db import make_engine, migrate

    engine = make_engine(url)
    try:
        migrate(engine)
    finally:
        engine.dispose()


def run_stress(n: int = 1000, *, workers: int = 2, seed: int = 7, database_url: str | None = None,
               kill_interval: tuple[float, float] = (1.0, 3.0), plan: FaultPlan | None = None,
               settle_s: float | None = None, erp: str = "ledger", log=print) -> dict:
    from pydantic import SecretStr
    from sqlalchemy import func, select, update

    from countersign.agent.approvals import expire_overdue
    from countersign.agent.runner import needs_work, thread_config
    from countersign.app.bootstrap import open_services
    from countersign.app.demo import seed as seed_ledger
    from countersign.app.settings import Settings
    from countersign.app.worker import candidates
    from countersign.domain import ProposalStatus, utcnow
    from countersign.tables import AuditEventRow, ProposalRow
    from tests.pg_server import start_server
    from tests.slack_stub import AP_CHANNEL, BOT_TOKEN, SIGNING_SECRET, SlackStub

    rng = random.Random(seed)
    started = time.perf_counter()
    server = None if database_url else start_server()
    tmp = tempfile.TemporaryDirectory(prefix="countersign-stress-")
    stub = SlackStub().start()
    remote = STUBBED[erp].start(seed) if erp in STUBBED else None
    supervisor: Supervisor | None = None
    chaos: Chaos | None = None
    try:
        url = database_url or server.create_database("stress")
        _upgrade(url)  # as a release does: `countersign db upgrade`, then the services start
        ws = Path(tmp.name) / "ws"
        ws.mkdir(parents=True)
        faults_log = ws / "faults.log"
        if remote is None:
            plan = plan or FaultPlan(p_unavailable=0.06, p_timeout=0.06, p_kill_before=0.03, p_kill_after=0.03,
                                     log_path=str(faults_log), seed=seed, ensure=("unavailable", "timeout"))
        else:  # outages, lost answers and throttling come from the stub, over HTTP; kills from here
            plan = plan or FaultPlan(p_kill_before=0.03, p_kill_after=0.03, log_path=str(faults_log), seed=seed)
        settings = Settings(data_dir=ws, database_url=url, _env_file=None,
                            slack_bot_token=SecretStr(BOT_TOKEN), slack_signing_secret=SecretStr(SIGNING_SECRET),
                            slack_ap_channel=AP_CHANNEL, slack_api_url=stub.api_url,
                            **(STUBBED[erp].settings(remote, ws) if remote else {}))
        port = _free_port()
        traffic = Traffic(f"http://127.0.0.1:{port}/slack/events")
        counts = Counter()
        with open_services(settings, erp_factory=faulty_erp_factory(None, settings)) as services:
            seed_ledger(services)  # the embedded ledger and CRM; the QuickBooks stub is seeded already
            n_slack = min(n, max(1, n // 10))
            log(f"stress: {n} invoices ({n_slack} uploaded through Slack, {n - n_slack} from the CLI intake), "
                f"{workers} workers, PostgreSQL {url.rsplit('@', 1)[-1]}, ERP {erp}")
            _make_invoices(services, stub, n, n_slack)

            # Time budgets grow with N: under constant chaos a bigger run simply takes longer.
            settle_s = settle_s or max(600.0, 1.5 * n)
            supervisor = Supervisor(settings, plan, workers, port, grace=2.0)
            supervisor.start()
            if not supervisor.slack_ready.wait(120):
                raise RuntimeError("the Slack app did not start")
            chaos = Chaos(supervisor, rng, kill_interval).start()

            # Uploads through Slack, each delivered twice or three times (Slack's retries).
            _share_uploads(traffic, rng, n_slack, counts)

            def statuses() -> Counter:
                return Counter(c.status for c in services.store.list_cases())

            def all_waiting() -> bool:
                return statuses().get(CaseStatus.AWAITING_APPROVAL, 0) >= n

            if not _wait(all_waiting, settle_s):
                log(f"stress: not every case reached its approval request: {dict(statuses())}")

            # Decisions: 80 % approve, 10 % reject, 10 % expire.
            proposals = services.store.proposals_with_status([ProposalStatus.AWAITING_APPROVAL])
            plan_of = {p.id: rng.choices(["approve", "reject", "expire"], weights=[8, 1, 1])[0] for p in proposals}
            expire_ids = [pid for pid, v in plan_of.items() if v == "expire"]
            if expire_ids:
                with services.sessions.begin() as s:
                    s.execute(update(ProposalRow).where(ProposalRow.id.in_(expire_ids))
                              .values(expires_at=utcnow() - timedelta(minutes=1)))
                expire_overdue(services, now=utcnow())

            with ThreadPoolExecutor(8) as pool:
                list(pool.map(lambda pid: _drive(traffic, pid, plan_of[pid], seed, counts), list(plan_of)))

            # Approvers click again on cards still open (their click died with a killed process), as
            # long as that makes progress: up to the settle budget, and until 20 rounds change nothing.
            _click_again(services, traffic, plan_of, settle_s, counts)

            # The last crash: everything dies at once. Then clean workers finish what is left.
            chaos.stop()
            supervisor.kill_all()
            if remote is not None:
                remote.chaos = {}
            kills, restarts = supervisor.kills, supervisor.restarts
            supervisor = Supervisor(settings, None, workers, port, grace=0.0)
            supervisor.slots.pop("slack")
            supervisor.start()

            def settled() -> bool:
                return not any(needs_work(services, cid) for cid in candidates(services, sweep=True, limit=n * 3))

            if not _wait(settled, settle_s, every=1.0):
                log("stress: cases still needed work when the settle time ran out")
            supervisor.stop_gracefully()
            supervisor = None

            # ---------------------------------------------------------------- the checks
            with services.sessions() as s:
                proposal_rows = list(s.scalars(select(ProposalRow).where(ProposalRow.kind == "post_bill")))
                bills_by_key, bills_by_number = _bills_in_erp(s, STUBBED[erp].bills(remote) if remote else None)
                posted_events = Counter(
                    json.loads(p).get("proposal_id") for p in
                    s.scalars(select(AuditEventRow.payload).where(AuditEventRow.action == "posted")))
                refused = s.scalar(select(func.count()).select_from(AuditEventRow)
                                   .where(AuditEventRow.action == "decision_refused"))
                applied = s.scalar(select(func.count()).select_from(AuditEventRow)
                                   .where(AuditEventRow.action.in_(["decision_approve", "decision_reject"])))
                deferred = s.scalar(select(func.count()).select_from(AuditEventRow)
                                    .where(AuditEventRow.action == "post_deferred"))
            by_status = Counter(p.status for p in proposal_rows)
            approved = [p for p in proposal_rows if p.status in (ProposalStatus.APPROVED, ProposalStatus.POSTED,
                                                                 ProposalStatus.FAILED)]
            not_approved = [p for p in proposal_rows if p.status in (ProposalStatus.REJECTED, ProposalStatus.EXPIRED)]
            duplicate_posts = (sum(c - 1 for c in bills_by_key.values() if c > 1)
                               + sum(c - 1 for c in bills_by_number.values() if c > 1)
                               + sum(c - 1 for c in posted_events.values() if c > 1))
            missing = [p.id for p in approved
                       if p.status != ProposalStatus.POSTED or bills_by_key.get(p.idempotency_key, 0) != 1
                       or posted_events.get(p.id, 0) != 1]
            forbidden = [p.id for p in not_approved
                         if bills_by_key.get(p.idempotency_key) or posted_events.get(p.id)]
            cases = services.store.list_cases()
            finished = {CaseStatus.POSTED, CaseStatus.REJECTED, CaseStatus.EXPIRED}
            numbers = {c.invoice_number for c in cases}
            lost = [f"INV-ST{i:05d}" for i in range(n) if f"INV-ST{i:05d}" not in numbers]
            lost += [c.id for c in cases
                     if c.status not in finished or services.graph.get_state(thread_config(c.id)).next]
            mismatched = [p.id for p in proposal_rows
                          if plan_of.get(p.id) == "expire" and p.status != ProposalStatus.EXPIRED]
            audit = services.audit.verify()
            faults = Counter(line.split()[0] for line in faults_log.read_text().splitlines()) \
                if faults_log.exists() else Counter()
            seen = remote.chaos_seen if remote is not None else Counter()
            whereabouts = _whereabouts(services, proposal_rows, missing[:5], lost[:5])
            whereabouts += _logged_about(ws / "logs", [*missing[:5], *lost[:5]])
        decided = (by_status[ProposalStatus.POSTED] + by_status[ProposalStatus.REJECTED]
                   + by_status[ProposalStatus.EXPIRED])
        if missing or forbidden or lost or mismatched:
            log(f"stress: missing={missing[:10]} forbidden={forbidden[:10]} lost={lost[:10]} "
                f"expire_mismatch={mismatched[:10]}")
            for line in whereabouts:
                log(f"stress:   {line}")
        return {
            "erp": erp,
            "invoices": n,
            "approvals": decided,
            "approved": len(approved),
            "rejected": by_status[ProposalStatus.REJECTED],
            "expired": by_status[ProposalStatus.EXPIRED],
            "bills_in_erp": sum(bills_by_key.values()),
            "double_clicks": counts["double_clicks"],
            "own_upload_clicks": counts["own_upload_clicks"],
            "reject_approve_races": counts["reject_approve_races"],
            "clicks_on_expired": counts["clicks_on_expired"],
            "slack_retries": counts["slack_retries"],
            "clicked_again": counts["clicked_again"],
            "decisions_applied": applied,
            "decisions_refused": refused,
            # one approver suffices for these invoices: a second applied decision would be a bug
            "double_decisions": applied - len(approved) - by_status[ProposalStatus.REJECTED],
            "erp_unavailable": faults["unavailable"] + seen["500"],  # refused before anything was written
            "erp_timeouts": faults["timeout"] + seen["timeout_after"] + seen["500_after"],  # written, answer lost
            "erp_throttled": seen["429"],
            "posts_deferred": deferred,  # posts that outlived the client's retries and waited for a worker
            "killed_before_post": faults["kill_before"],
            "killed_after_post": faults["kill_after"],
            "killed_workers": kills["worker"],
            "killed_slack_app": kills["slack"],
            "restarts": restarts,
            "connection_errors": traffic.sent["connection_errors"],
            "wall_s": round(time.perf_counter() - started, 1),
            "duplicate_posts": duplicate_posts,
            "missing_posts": len(missing),
            "forbidden_posts": len(forbidden),
            "lost_cases": len(lost),
            "audit_valid": int(audit.ok),
        }
    finally:
        _shut_down(chaos, supervisor, stub, remote, server, tmp)


def _whereabouts(services, proposal_rows, missing: list[str], lost: list[str]) -> list[str]:
    """Where each missing proposal and lost case stands, with its last audit actions: a failed CI
    run's only evidence is what it printed."""
    lines = []
    by_id = {p.id: p for p in proposal_rows}
    case_ids = [by_id[pid].case_id for pid in missing if pid in by_id] + [c for c in lost if c.startswith("C-")]
    for pid in missing:
        p = by_id.get(pid)
        if p is not None:
            lines.append(f"proposal {pid}: {p.status} case={p.case_id} failure={p.failure[:200]!r}")
    for cid in dict.fromkeys(case_ids):
        case = services.store.case_progress(cid)
        actions = [e.action for e in services.audit.events(cid)][-12:]
        lines.append(f"case {cid}: {case.status if case else 'gone'} reason={(case.reason if case else '')[:200]!r} "
                     f"audit=...{actions}")
    return lines


def _logged_about(logs: Path, ids: list[str]) -> list[str]:
    """The child processes' warnings and errors that name one of `ids` (the logs go with the run's temp dir)."""
    if not ids or not logs.is_dir():
        return []
    found = [f"{path.name}: {line.strip()[:300]}" for path in sorted(logs.glob("*.log"))
             for line in path.read_text(errors="replace").splitlines()
             if (" WARNING" in line or " ERROR" in line) and any(i in line for i in ids)]
    return found[-20:]


def _make_invoices(services, stub, n: int, n_slack: int) -> None:
    """N copies of the clean demo invoice, numbered INV-ST00000...: the first `n_slack` as files
    on the Slack stub (shared later), the rest taken in as from the CLI."""
    from countersign.agent.runner import intake_bytes
    from countersign.app.samples import load_demo_specs, render_invoice

    clean = load_demo_specs()[0]
    for i in range(n):
        spec = copy.deepcopy(clean)
        spec["invoice_number"] = f"INV-ST{i:05d}"
        pdf = render_invoice(spec)
        if i < n_slack:
            stub.add_file(f"F{i:05d}", f"stress-{i:05d}.pdf", pdf, user=CLERK, ts=f"{1800000000 + i}.000100")
        else:
            intake_bytes(services, pdf, filename=f"stress-{i:05d}.pdf", source="cli", uploader=CLERK)


def _share_uploads(traffic: Traffic, rng: random.Random, n_slack: int, counts: Counter) -> None:
    """Each Slack upload's file_shared event, delivered once more or twice more as Slack's retries."""
    for i in range(n_slack):
        traffic.file_shared(f"F{i:05d}", f"EvST{i:05d}")
        for retry in range(1, rng.choice([1, 1, 2]) + 1):
            traffic.file_shared(f"F{i:05d}", f"EvST{i:05d}", retry=retry)
            counts["slack_retries"] += 1


def _drive(traffic: Traffic, pid: str, verdict: str, seed: int, counts: Counter) -> None:
    """The approver's clicks on one proposal's card for its planned verdict, with double clicks,
    the uploader's own click, reject/approve races, Slack retries and clicks on expired cards."""
    r = random.Random(f"{seed}:{pid}")
    if verdict == "approve":
        roll = r.random()
        if roll < 0.25:
            _both(lambda: traffic.approve(pid), lambda: traffic.approve(pid))
            counts["double_clicks"] += 1
        elif roll < 0.35:
            _both(lambda: traffic.approve(pid), lambda: traffic.approve(pid, user=CLERK))
            counts["own_upload_clicks"] += 1
        else:
            traffic.approve(pid)
        if r.random() < 0.2:
            traffic.approve(pid, retry=True)
            counts["slack_retries"] += 1
    elif verdict == "reject":
        if r.random() < 0.3:
            _both(lambda: traffic.reject(pid), lambda: traffic.approve(pid))
            counts["reject_approve_races"] += 1
        else:
            traffic.reject(pid)
    else:
        if r.random() < 0.5:
            traffic.approve(pid)
            counts["clicks_on_expired"] += 1


def _click_again(services, traffic: Traffic, plan_of: dict[str, str], settle_s: float, counts: Counter) -> None:
    """Click again on the cards still open (not those planned to expire), in rounds, while that makes
    progress: up to `settle_s`, and until 20 rounds change nothing."""
    from countersign.domain import ProposalStatus

    stalled_rounds, previous, deadline = 0, None, time.monotonic() + settle_s
    while time.monotonic() < deadline and stalled_rounds < 20:
        _wait(lambda: False, 3.0)
        open_ids = {p.id for p in services.store.proposals_with_status([ProposalStatus.AWAITING_APPROVAL])}
        again = [pid for pid in plan_of if pid in open_ids and plan_of[pid] != "expire"]
        if not again:
            break
        stalled_rounds = stalled_rounds + 1 if previous is not None and len(again) >= previous else 0
        previous = len(again)
        counts["clicked_again"] += len(again)
        with ThreadPoolExecutor(8) as pool:
            list(pool.map(lambda pid: traffic.approve(pid) if plan_of[pid] == "approve"
                          else traffic.reject(pid), again))


def _bills_in_erp(s, remote: tuple[Counter, Counter] | None) -> tuple[Counter, Counter]:
    """The run's bills in the ERP (INV-ST...), counted by idempotency key and by invoice number: in
    the embedded ledger, or what the stubbed system holds (counted by its entry in stress_erps.py)."""
    from sqlalchemy import select

    from countersign.tables import LedgerBillRow

    if remote is not None:
        return remote
    ours = LedgerBillRow.invoice_number.like("INV-ST%")  # the seed ledger's own bills are not ours
    return (Counter(s.scalars(select(LedgerBillRow.idempotency_key).where(ours))),
            Counter(s.scalars(select(LedgerBillRow.invoice_number).where(ours))))


def _shut_down(chaos, supervisor, stub, remote, server, tmp) -> None:
    """Stop whatever the run started, in order: chaos, processes, stubs, the database server, the temp dir."""
    if chaos is not None:
        chaos.stop()
    if supervisor is not None:
        supervisor.kill_all()
    stub.stop()
    if remote is not None:
        remote.stop()
    if server is not None:
        server.stop()
    tmp.cleanup()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m evals.stress", description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="invoices, each ending in one decision")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--database-url", default=None, help="an empty PostgreSQL database; default a throwaway server")
    parser.add_argument("--erp", choices=["ledger", *sorted(STUBBED)], default="ledger",
                        help="post to the embedded ledger, or to that system through its fault-injecting stub")
    parser.add_argument("--kill-every", type=float, nargs=2, default=(1.0, 3.0), metavar=("MIN_S", "MAX_S"),
                        help="a process is SIGKILLed every MIN_S..MAX_S seconds (default 1 3); each restart costs "
                             "a process start, so a large N on a small machine needs longer")
    parser.add_argument("--settle-seconds", type=float, default=None,
                        help="how long each phase may take before the run reports what is left "
                             "(default max(600, 1.5 N))")
    args = parser.parse_args(argv)
    result = run_stress(args.n, workers=args.workers, seed=args.seed, database_url=args.database_url,
                        erp=args.erp, kill_interval=tuple(args.kill_every), settle_s=args.settle_seconds,
                        log=lambda m: print(m, file=sys.stderr))
    width = max(len(k) for k in result)
    print("stress (exactly once under faults)")
    for key, value in result.items():
        print(f"  {key:<{width}}  {value}")
    REPORTS.mkdir(exist_ok=True)
    name = "stress.json" if args.erp == "ledger" else f"stress-{args.erp}.json"
    (REPORTS / name).write_text(json.dumps(result, indent=2))
    for key, value in result.items():
        print(f"{key}={value}")
    ok = (result["duplicate_posts"] == 0 and result["missing_posts"] == 0 and result["forbidden_posts"] == 0
          and result["lost_cases"] == 0 and result["audit_valid"] == 1 and result["approvals"] == result["invoices"])
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
