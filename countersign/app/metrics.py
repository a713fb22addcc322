"""Prometheus metrics, and the readiness check that goes with them.

What an operator watches: cases by status (counted in the store at each scrape), decisions
applied and refused, posts, refused and failed posts and deferred ones (from the audit events each
commit wrote), ERP latency and errors by adapter and method, extraction time, and the Slack ack
time. `/metrics` on the Slack HTTP app, the worker's health port and the console serve
`exposition()`.

Several gunicorn workers share the counters through prometheus_client's multiprocess mode: the
server sets PROMETHEUS_MULTIPROC_DIR before anything imports prometheus_client (`serve --http`).
prometheus_client is imported when the first number is recorded or scraped, never before: a
read-only command records nothing and does not pay for it.
"""

from __future__ import annotations

import functools
import os
import threading
import time
from collections.abc import Callable, Iterable
from types import SimpleNamespace
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, sessionmaker

from countersign.ports import ERPError, ERPUnavailable
from countersign.tables import CaseRow

_DECISION_RESULT = {"decision_approve": "applied", "decision_reject": "applied", "decision_refused": "refused"}
_POST_OUTCOME = {"posted": "posted", "vendor_created": "posted", "post_failed": "failed",
                 "post_refused": "refused", "post_deferred": "deferred"}


_CREATING = threading.Lock()


def instruments() -> SimpleNamespace:
    """The counters and histograms, created (and prometheus_client imported) on first use, once:
    two threads' first cases at once must not register them twice (prometheus refuses that)."""
    with _CREATING:
        return _instruments()


@functools.cache
def _instruments() -> SimpleNamespace:
    from prometheus_client import Counter, Histogram

    return SimpleNamespace(
        erp_seconds=Histogram("countersign_erp_request_seconds", "Time of one ERP call", ["adapter", "method"],
                              buckets=(0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)),
        erp_errors=Counter("countersign_erp_errors_total", "ERP calls that failed", ["adapter", "method", "kind"]),
        extraction_seconds=Histogram("countersign_extraction_seconds", "Time to read one document",
                                     buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)),
        slack_ack_seconds=Histogram("countersign_slack_ack_seconds",
                                    "Time from a Slack request to its acknowledgement",
                                    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 3)),
        audit_events=Counter("countersign_audit_events_total", "Committed audit events by action", ["action"]),
        decisions=Counter("countersign_decisions_total", "Decisions by result", ["result"]),
        posts=Counter("countersign_posts_total", "Outside-system writes by outcome", ["outcome"]),
    )


def count_committed(actions: Iterable[str]) -> None:
    """The audit actions one transaction committed (the audit log calls this after each commit)."""
    if not actions:
        return
    m = instruments()
    for action in actions:
        m.audit_events.labels(action).inc()
        if action in _DECISION_RESULT:
            m.decisions.labels(_DECISION_RESULT[action]).inc()
        if action in _POST_OUTCOME:
            m.posts.labels(_POST_OUTCOME[action]).inc()


def observe_slack_ack(seconds: float) -> None:
    instruments().slack_ack_seconds.observe(seconds)


class MeteredERP:
    """The ERP adapter with each call timed and each failure counted; otherwise the adapter itself."""

    def __init__(self, inner: Any):
        self._inner = inner
        self.name = inner.name

    def __getattr__(self, method: str) -> Any:
        attr = getattr(self._inner, method)
        if method.startswith("_") or not callable(attr):
            return attr

        def metered(*args: Any, **kwargs: Any) -> Any:
            m = instruments()
            started = time.perf_counter()
            try:
                return attr(*args, **kwargs)
            except ERPUnavailable:
                m.erp_errors.labels(self.name, method, "unavailable").inc()
                raise
            except ERPError:
                m.erp_errors.labels(self.name, method, "refused").inc()
                raise
            finally:
                m.erp_seconds.labels(self.name, method).observe(time.perf_counter() - started)

        return metered


def metered_extract(extract: Callable[[bytes], Any]) -> Callable[[bytes], Any]:
    def timed(data: bytes) -> Any:
        with instruments().extraction_seconds.time():
            return extract(data)

    return timed


class CaseStatusCollector:
    """Cases by status, counted in the store when Prometheus scrapes (one grouped query)."""

    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    def collect(self) -> Iterable[Any]:
        from prometheus_client.core import GaugeMetricFamily

        family = GaugeMetricFamily("countersign_cases", "Cases by status", labels=["status"])
        with self._sessions() as s:
            for status, count in s.execute(select(CaseRow.status, func.count()).group_by(CaseRow.status)):
                family.add_metric([status], count)
        yield family


def exposition(sessions: sessionmaker[Session]) -> tuple[bytes, str]:
    """The text a scrape gets: this process's (or, under gunicorn, every worker's) counters and
    the cases by status."""
    from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
    from prometheus_client.registry import REGISTRY

    instruments()  # every family is exposed from the first scrape, even before anything was counted
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        counters = CollectorRegistry()
        multiprocess.MultiProcessCollector(counters)
    else:
        counters = REGISTRY
    cases = CollectorRegistry()
    cases.register(CaseStatusCollector(sessions))  # type: ignore[arg-type] - a collector by duck type
    return generate_latest(counters) + generate_latest(cases), CONTENT_TYPE_LATEST


def readiness(services: Any) -> tuple[bool, str]:
    """Whether this process can do its work: the database answers and the checkpointer reads."""
    try:
        with services.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        services.checkpointer.get_tuple({"configurable": {"thread_id": "countersign-readyz"}})
    except Exception as exc:  # noqa: BLE001 - any failure means not ready; the reason is reported
        return False, f"not ready: {type(exc).__name__}: {exc}"
    return True, "ready"
