"""What every listener group gets (`SlackDeps`), and the pools that run the slow work.

Listeners do only cheap work on Bolt's listener pool (the one that acks). Everything slow goes to
our own pools, so a burst of uploads can never starve the pool that acks button clicks (Bolt's
action ack waits for a free listener thread):
  * `io`    — Slack Web API calls, file downloads, chat answers (many threads);
  * `cases` — intake pipelines and decisions, the work that writes the case store and the
              audit chain (COUNTERSIGN_SLACK_CONCURRENCY threads, four by default: the claims
              keep each case in one of them; while one waits on the store's writer lock or an
              outside call, another reads its PDF. Measured with 50 simultaneous uploads:
              1 thread, reply p50 2.1 s and all done in 5.9 s; 4 threads, 1.85 s and 3.3 s;
              8 threads collide on the writer lock; a serving app keeps a reading helper ready
              for each thread: `ready_to_serve`);
  * `later` — a case's checks after its reading card (intake.py): the `cases` pool, whose queue
              already holds the burst's readings; in a worker, `DeferredJobs` (handoff.py).

`WorkTracker` counts jobs in flight across our pools and Bolt's, so tests, benchmarks and
shutdown can wait until all is done. Ack first under load: while the HTTP server is answering
requests, pool jobs wait (at most 0.2 s) before starting, so a burst of deliveries is
acknowledged before its work competes with the acknowledgements for the interpreter (measured:
p99 ack of 50 simultaneous uploads ~180 ms -> ~120 ms on a loaded dev box).

`retry_store` runs a store write again after a conflict with another process.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from concurrent.futures import Executor, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any, Callable

from slack_sdk import WebClient
from sqlalchemy.exc import DBAPIError

from countersign.agent.chat.deps import Ask
from countersign.app.bootstrap import Services
from countersign.app.settings import Settings
from countersign.app.slack.notifier import SlackNotifier
from countersign.app.slack.refs import SlackRefs

log = logging.getLogger(__name__)


class WorkTracker:
    """Counts jobs in flight across our pools and Bolt's, so a caller can wait until all is done."""

    def __init__(self) -> None:
        self._pending = 0
        self._acking = 0
        self._cond = threading.Condition()

    def started(self) -> None:
        with self._cond:
            self._pending += 1

    def finished(self) -> None:
        with self._cond:
            self._pending -= 1
            if self._pending == 0:
                self._cond.notify_all()

    # Ack first: requests being answered right now. Background jobs wait (briefly, capped) for
    # them before starting, so a burst of deliveries is acknowledged before its work competes
    # with the acknowledgements for the interpreter.
    def ack_begin(self) -> None:
        with self._cond:
            self._acking += 1

    def ack_end(self) -> None:
        with self._cond:
            self._acking -= 1
            if self._acking == 0:
                self._cond.notify_all()

    def yield_to_acks(self, max_wait: float = 0.2) -> None:
        with self._cond:
            self._cond.wait_for(lambda: self._acking == 0, timeout=max_wait)

    def wait_idle(self, timeout: float) -> bool:
        with self._cond:
            return self._cond.wait_for(lambda: self._pending == 0, timeout=timeout)


class TrackedExecutor(ThreadPoolExecutor):
    """A thread pool whose jobs are counted by a WorkTracker and whose failures are logged."""

    def __init__(self, tracker: WorkTracker, max_workers: int, name: str, *, yield_to_acks: bool = True):
        super().__init__(max_workers=max_workers, thread_name_prefix=f"slack-{name}")
        self.workers = max_workers  # jobs at once
        self.tracker = tracker
        self.yield_to_acks = yield_to_acks

    def submit(self, fn: Callable, /, *args: Any, **kwargs: Any) -> Future:
        self.tracker.started()

        def run():
            try:
                if self.yield_to_acks:
                    self.tracker.yield_to_acks()
                return fn(*args, **kwargs)
            except Exception:
                log.exception("slack job %s failed", getattr(fn, "__name__", fn))
                raise
            finally:
                self.tracker.finished()

        try:
            return super().submit(run)
        except BaseException:
            self.tracker.finished()
            raise


def start_threads(pool: ThreadPoolExecutor, n: int, timeout: float = 5.0) -> None:
    """Start `n` of the pool's threads now (`n` at most its size). A pool starts a thread only when
    a job finds none idle, and `Thread.start` waits until the new thread runs: in a burst that is
    between a request and its answer, behind every thread holding the interpreter. Here `n` jobs
    wait for each other, so the pool starts `n` threads, which then stay for later jobs."""
    barrier = threading.Barrier(n)
    jobs = [ThreadPoolExecutor.submit(pool, barrier.wait, timeout) for _ in range(n)]  # untracked
    wait(jobs, timeout + 1)


class DeferredJobs(Executor):
    """Jobs kept until a loop asks for them (`run_next`): a worker's checks behind its readings.
    A worker's upload loops take every waiting upload (intake, reading, the reading card) before
    they run these, so a burst shows every reading first. Jobs left when the worker stops are
    dropped: each case's `reply-to:` note makes any worker finish it (`answer_owed`)."""

    def __init__(self, tracker: WorkTracker):
        self.tracker = tracker
        self._jobs: deque[tuple[Future, Callable, tuple, dict]] = deque()
        self._lock = threading.Lock()

    def submit(self, fn: Callable, /, *args: Any, **kwargs: Any) -> Future:
        future: Future = Future()
        self.tracker.started()
        with self._lock:
            self._jobs.append((future, fn, args, kwargs))
        return future

    def run_next(self) -> bool:
        """Run the oldest job in this thread; False when none waits."""
        with self._lock:
            if not self._jobs:
                return False
            future, fn, args, kwargs = self._jobs.popleft()
        try:
            future.set_result(fn(*args, **kwargs))
        except Exception as exc:  # noqa: BLE001 - logged, and kept in the future as a pool would
            log.exception("slack job %s failed", getattr(fn, "__name__", fn))
            future.set_exception(exc)
        finally:
            self.tracker.finished()
        return True

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        """Drop what waits (see the class docstring)."""
        with self._lock:
            dropped, self._jobs = list(self._jobs), deque()
        for future, *_ in dropped:
            future.cancel()
            self.tracker.finished()


@dataclass
class SlackDeps:
    """What every listener group gets."""

    services: Services
    settings: Settings
    ask: Ask
    client: WebClient
    notifier: SlackNotifier
    refs: SlackRefs
    tracker: WorkTracker
    io: TrackedExecutor
    cases: TrackedExecutor
    bot_token: str
    file_hosts: frozenset[str] = field(default_factory=frozenset)
    later: Executor | None = None  # a case's checks after its reading (intake.py); None: `cases`

    @property
    def checks(self) -> Executor:
        """Where a case's checks go after its reading card: `later`, else the `cases` pool."""
        return self.later or self.cases

    def claim_event(self, body: dict) -> bool:
        """True the first time this event is seen; retried and duplicate deliveries get False."""
        event_id = body.get("event_id")
        if not event_id:
            return True
        return self.refs.claim(f"evt:{event_id}")

    def may_read(self, user: str | None, channel: str | None) -> bool:
        """Case data (cards, status, chat answers) is for people the policy maps, and for anyone
        asking in the AP channel; with no AP channel set, for mapped people only."""
        if user and user in self.services.policy.people:
            return True
        ap_channel = self.settings.slack_ap_channel
        return bool(ap_channel and channel == ap_channel)

    def refuse_read(self, user: str | None, channel: str | None, via: str) -> None:
        """Audit a read refused by `may_read` (who, where, through what), never what was asked."""
        retry_store(lambda: self.services.audit.record(actor=user or "unknown", action="read_refused",
                                                       subject=(channel or "slack")[:64],
                                                       payload={"channel": channel, "via": via}))

    def in_ap_channel(self, channel: str | None) -> bool:
        if not channel:
            return False
        if self.settings.slack_ap_channel:
            return channel == self.settings.slack_ap_channel
        return not channel.startswith("D")  # unset: any channel the bot is in, but not DMs

    def drain(self, timeout: float = 30.0) -> bool:
        """Wait until no listener or job is running (tests and benchmarks; shutdown)."""
        return self.tracker.wait_idle(timeout)

    def shutdown(self) -> None:
        self.io.shutdown(wait=True)
        self.cases.shutdown(wait=True)
        if self.later is not None:
            self.later.shutdown(wait=True)


def retry_store(fn: Callable[[], Any], attempts: int = 4) -> Any:
    """Run `fn`, again after a store conflict. Writers in other processes can collide on the audit
    chain's next sequence number or on SQLite's write lock; everything retried here is idempotent
    (content-hash intake, checkpointed graphs, ERP idempotency keys)."""
    for attempt in range(attempts):
        try:
            return fn()
        except DBAPIError:
            if attempt == attempts - 1:
                raise
            log.info("store conflict, retrying (%d)", attempt + 1)
            time.sleep(0.05 * (attempt + 1))
