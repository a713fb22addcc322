"""Worker processes: take the cases that need work from the store, never one case in two places.

    countersign worker            -> run_worker(Settings(), stop_event)

Work a case can need (all found from the store and the graph's checkpoint, nothing in memory):
- received but the graph never started (e.g. intake from the CLI or a crashed process);
- approved (or rejected/expired) but the decision not yet applied: the graph waits at the
  approval interrupt while the proposal has moved on — typically a process killed between the
  decision and the post;
- the graph stopped mid-way (a crash or an outside failure between two nodes).

Besides cases, every pass delivers the CRM write-backs that are due (app/writebacks.py: the
invoice number and invoice / payment status a CRM has not accepted yet), and every
`crm_payment_sync_seconds` it reads the ERP's payments and queues the payment statuses that changed.

Claiming: a worker takes a case only through `runner.advance`, under the case's claim
(app/claims.py) — the SKIP LOCKED of advisory locks: a worker that does not get the claim at
once skips the case. Every other driver (the Slack app, the CLI, `decide`) holds the same claim,
so no case is ever advanced in two places; a SIGKILLed holder frees its cases when its
connection drops. `grace_seconds` only spares a worker from queuing behind a case that another
process is visibly busy with.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Callable

from sqlalchemy import and_, exists, or_, select

from countersign.agent.runner import advance_read
from countersign.app.bootstrap import Services, open_services, settle_heap
from countersign.app.settings import Settings
from countersign.domain import CaseStatus, ProposalStatus, utcnow
from countersign.ports import ERPError
from countersign.tables import CaseRow, DecisionRow, ProposalRow

log = logging.getLogger(__name__)

PAGE = 500  # candidate ids per query
ANCHOR_SECONDS = 3600.0  # how often the audit head goes to the Slack audit channel


@dataclass(frozen=True)
class Done:
    case_id: str
    action: str  # RECEIVED (graph run from the start) or RESUMED (continued from its checkpoint)
    status: str  # the case status afterwards


def candidates(services: Services, *, grace_seconds: float = 0.0, sweep: bool = False, limit: int = 500,
               after: str | None = None) -> list[str]:
    """One page of ids of cases that may need work, by id after `after` (cheap SQL; `needs_work`
    decides for sure). Callers page until a short page: a fixed first page would leave the same
    cases at its head (held elsewhere, backing off) and never reach the rest.

    `sweep` adds every case not failed at intake, to catch graphs stopped after the case reached a
    final status (e.g. killed before the notify step); a worker sweeps when it starts and every
    `sweep_seconds`."""
    quiet_since = utcnow() - timedelta(seconds=grace_seconds)
    decided_before = services.clock() - timedelta(seconds=grace_seconds)
    decided = exists().where(ProposalRow.case_id == CaseRow.id,
                             ProposalRow.status.in_([ProposalStatus.APPROVED]),
                             ~exists().where(DecisionRow.proposal_id == ProposalRow.id,
                                             DecisionRow.at > decided_before))
    startable = or_(CaseRow.document_sha256.is_not(None), CaseRow.kind == "order")
    if sweep:
        where = and_(CaseRow.status != CaseStatus.FAILED_INTAKE, startable)
    else:
        where = and_(
            startable,
            CaseRow.updated_at <= quiet_since,
            or_(CaseRow.status.in_([CaseStatus.RECEIVED, CaseStatus.PROCESSING]),
                and_(CaseRow.status == CaseStatus.AWAITING_APPROVAL, decided)),
        )
    if after is not None:
        where = and_(where, CaseRow.id > after)
    with services.sessions() as s:
        return list(s.scalars(select(CaseRow.id).where(where).order_by(CaseRow.id).limit(limit)))


def work_on(services: Services, case_id: str) -> Done | None:
    """Claim one case, look again, run or resume it. None when it was not ours or needed nothing."""
    action, after = advance_read(services, case_id)
    if action is None or after is None:
        return None
    log.info("worker %d: %s case %s", os.getpid(), action, case_id)
    return Done(case_id, action, after.status)


@dataclass
class Backoff:
    """Cases that raised: skipped for a while (doubling, capped), so one bad case cannot spin a worker."""

    until: dict[str, float] = field(default_factory=dict)
    failures: dict[str, int] = field(default_factory=dict)
    cap_seconds: float = 300.0

    def ready(self, case_id: str) -> bool:
        return time.monotonic() >= self.until.get(case_id, 0.0)

    def failed(self, case_id: str) -> None:
        n = self.failures.get(case_id, 0) + 1
        self.failures[case_id] = n
        self.until[case_id] = time.monotonic() + min(self.cap_seconds, 0.5 * 2 ** (n - 1))

    def succeeded(self, case_id: str) -> None:
        self.until.pop(case_id, None)
        self.failures.pop(case_id, None)


def work_once(services: Services, *, grace_seconds: float = 0.0, sweep: bool = False,
              backoff: Backoff | None = None, stop_event: threading.Event | None = None) -> list[Done]:
    """One pass over the cases that need work; returns what this process did."""
    done = []
    after = None
    while stop_event is None or not stop_event.is_set():
        page = candidates(services, grace_seconds=grace_seconds, sweep=sweep, limit=PAGE, after=after)
        for case_id in page:
            if stop_event is not None and stop_event.is_set():
                break
            if backoff is not None and not backoff.ready(case_id):
                continue
            try:
                result = work_on(services, case_id)
            except Exception:  # noqa: BLE001 - the case stays where its checkpoint is; retried later
                log.exception("worker %d: case %s failed; will retry", os.getpid(), case_id)
                if backoff is not None:
                    backoff.failed(case_id)
                continue
            if backoff is not None:
                backoff.succeeded(case_id)
            if result is not None:
                done.append(result)
        if len(page) < PAGE:
            break
        after = page[-1]
    return done


def crm_pass(services: Services, *, refresh_payments: bool = False) -> int:
    """The CRM write-back queue's share of a worker pass: with `refresh_payments`, read the ERP's
    payments and queue the payment statuses that changed; then deliver every due write-back
    (app/writebacks.py). Returns how many were written. An ERP that does not answer is logged
    and asked again next time; a CRM failure stays queued with its error."""
    queue = services.write_backs
    if refresh_payments:
        try:
            queue.refresh_payment_statuses(services.erp.invoices, services.erp.payments, services.clock().date())
        except ERPError as exc:
            log.warning("payment statuses not refreshed for the %s: %s", services.crm.name, exc)
    return sum(d.written for d in queue.deliver_due())


def post_audit_head(services: Services, settings: Settings) -> None:
    """The audit log's head to the Slack audit channel: a witness outside the database and the
    workspace that deleting the log's last events cannot take back. A Slack failure is logged."""
    from slack_sdk import WebClient
    from slack_sdk.errors import SlackApiError

    head = services.audit.head()
    if head is None or settings.slack_bot_token is None or not settings.slack_audit_channel:
        return
    kwargs = {"base_url": settings.slack_api_url} if settings.slack_api_url else {}
    client = WebClient(token=settings.slack_bot_token.get_secret_value(), timeout=30, **kwargs)
    text = f"countersign audit head: event {head['seq']} hash {head['hash']} mac {head['mac']} at {head['at']}"
    try:
        client.chat_postMessage(channel=settings.slack_audit_channel, text=text, unfurl_links=False)
    except SlackApiError as exc:
        log.warning("audit head not posted to %s: %s", settings.slack_audit_channel, exc.response.get("error"))


def run_worker(
    settings: Settings, stop_event: threading.Event, *, poll_seconds: float = 2.0, grace_seconds: float = 30.0,
    sweep_seconds: float = 600.0, erp_factory=None, notifier=None, on_done: Callable[[Done], None] | None = None,
    health_port: int | None = None, health_host: str = "0.0.0.0", freeze_heap: bool = False,
    lower_priority: bool = False,
) -> int:
    """Take cases until `stop_event` is set; returns how many this process ran or resumed.

    Polls the cheap queries (new cases, decisions not yet applied, graphs stopped mid-way); once
    they find nothing, sweeps every case — at start-up and then every `sweep_seconds` — for graphs
    stopped after their case was final (e.g. killed before the notify step). Sweeping only when
    idle keeps a restarted worker on real work first: a sweep reads every case's checkpoint.
    `settings.worker_concurrency` loops share one process's services (a bounded pool of cases at a
    time: the claims keep any case in one of them only). Several processes may run this on one PostgreSQL
    database. `health_port` serves /healthz, /readyz and /metrics (app/health.py). With
    `slack_uploads_to_workers`, as many loops again take the Slack app's acknowledged uploads.
    `freeze_heap`: this process runs the worker until it exits (the `worker` command), so what
    start-up built is frozen before the loops start (bootstrap.settle_heap), never in a test's.
    `lower_priority` (the `worker` command too): the process lowers its CPU priority by
    `settings.worker_nice` before anything starts (`lower_cpu_priority`)."""
    if lower_priority:
        lower_cpu_priority(settings.worker_nice)
    if notifier is None and settings.slack_bot_token is not None:
        from countersign.app.slack.notifier import SlackNotifier

        notifier = SlackNotifier()
    counts: list[int] = []
    concurrency = settings.worker_concurrency
    with open_services(settings, notifier=notifier, erp_factory=erp_factory) as services:
        if notifier is not None and hasattr(notifier, "bind") and not getattr(notifier, "bound", True):
            from slack_sdk import WebClient

            kwargs = {"base_url": settings.slack_api_url} if settings.slack_api_url else {}
            notifier.bind(WebClient(token=settings.slack_bot_token.get_secret_value(), **kwargs), services)
        health = None
        if health_port is not None:
            from countersign.app.health import start_health_server

            health = start_health_server(services, health_host, health_port)

        def loop(first: bool) -> None:
            counts.append(_work_until_stopped(services, settings, stop_event, poll_seconds=poll_seconds,
                                              grace_seconds=grace_seconds, sweep_seconds=sweep_seconds,
                                              on_done=on_done, anchors=first))

        others = [threading.Thread(target=loop, args=(False,), name=f"worker-{i}", daemon=True)
                  for i in range(1, concurrency)]
        if settings.slack_uploads_to_workers and settings.slack_bot_token is not None:
            others += _upload_threads(services, settings, stop_event, concurrency, counts)
        if freeze_heap:
            settle_heap()
        for thread in others:
            thread.start()
        try:
            loop(True)
        finally:
            stop_event.set()
            for thread in others:
                thread.join()
            if health is not None:
                health.shutdown()
                health.server_close()
    return sum(counts)


def lower_cpu_priority(nice: int) -> None:
    """Case work is background work: a reading or a check finishing some milliseconds later is
    unseen, an acknowledgement that misses Slack's 3 s is redelivered. Where a worker shares CPUs
    with the Slack app under one scheduler group (one machine or VM, one container), a positive
    nice lets the app's acknowledgements take a busy CPU first; its reading helpers (forked
    later) inherit it. Separate containers are ranked by their CPU shares instead (compose.yaml).
    50 simultaneous drops on 2 cores, workers + PostgreSQL, alternating runs on a shared box:
    ack p99 62/96/120/86 ms at nice 0, 72/62/82/71 ms at nice 10; reply p50 no worse. Not on
    Windows (no os.nice). An idle machine still runs everything at once."""
    if nice > 0 and hasattr(os, "nice"):
        os.nice(nice)
        log.info("worker %d: CPU priority lowered (nice %d)", os.getpid(), os.nice(0))


def _upload_threads(services: Services, settings: Settings, stop_event: threading.Event, concurrency: int,
                    counts: list[int]) -> list[threading.Thread]:
    """`concurrency` loops taking the uploads the Slack app acknowledged (slack/handoff.py): as many
    uploads in hand at once, each under its own claim."""
    from countersign.app.extract_sandbox import warm_up
    from countersign.app.slack.handoff import run_uploads, worker_deps

    warm_up(concurrency)  # a reading helper per upload loop starts now, not in the first burst
    deps = worker_deps(services, settings)
    return [threading.Thread(target=lambda: counts.append(run_uploads(deps, stop_event)), name=f"uploads-{i}",
                             daemon=True) for i in range(concurrency)]


def _work_until_stopped(services: Services, settings: Settings, stop_event: threading.Event, *, poll_seconds: float,
                        grace_seconds: float, sweep_seconds: float, on_done: Callable[[Done], None] | None,
                        anchors: bool) -> int:
    """One worker loop: work, sweep when idle, wait; the first loop also delivers the CRM write-backs
    and posts the audit head."""
    count = 0
    backoff = Backoff()
    swept_at: float | None = None
    anchored_at: float | None = None
    payments_at: float | None = None
    while not stop_event.is_set():
        written = 0
        if anchors:  # the first loop also keeps the CRM told (one loop per process is enough)
            refresh = settings.crm_payment_sync_seconds > 0 and (
                payments_at is None or time.monotonic() - payments_at >= settings.crm_payment_sync_seconds)
            if refresh:
                payments_at = time.monotonic()
            try:
                written = crm_pass(services, refresh_payments=refresh)
            except Exception:  # noqa: BLE001 - the queue is in the store; the next pass tries again
                log.exception("worker %d: the CRM write-back pass failed; will retry", os.getpid())
        if anchors and settings.slack_audit_channel and (anchored_at is None
                                                         or time.monotonic() - anchored_at >= ANCHOR_SECONDS):
            anchored_at = time.monotonic()
            post_audit_head(services, settings)
        done = work_once(services, grace_seconds=grace_seconds, backoff=backoff, stop_event=stop_event)
        if not done and (swept_at is None or time.monotonic() - swept_at >= sweep_seconds):
            swept_at = time.monotonic()
            done = work_once(services, grace_seconds=grace_seconds, sweep=True, backoff=backoff,
                             stop_event=stop_event)
        count += len(done)
        for item in done:
            if on_done:
                on_done(item)
        if not done and not written:
            stop_event.wait(poll_seconds)
    return count
