"""What every ERP client does with an outside system's answers: rate budgets, backoff, retries.

`RateGate` keeps this process within a system's limits per company (requests in flight, requests
started per rolling window). `with_retries` sends one request until it gets an answer worth
returning:

* 429, or what the system calls throttling → back off (its Retry-After when given, else
  exponential with jitter) and send again; a Retry-After longer than the policy's `max_wait`
  (Xero's daily cap, say) is not slept through: the call is unavailable now, to be tried later;
* 401 → `refresh()` once (the token source persists what it gets) and send again;
* 5xx, timeouts and dropped connections → send the *same* request again (same idempotency key,
  same external id), so a repeat is answered with the first result instead of a second bill;
* attempts are capped, and what is left over raises the caller's `unavailable(message)`, an
  `ERPUnavailable`: nothing was refused, so the post waits for its next attempt.

Anything else (2xx, a validation fault, a 404, the second 401) is returned to the caller, which
turns faults into an `ERPError` carrying the system's own message. Nothing here logs a body or a
header value.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import TypeVar

log = logging.getLogger(__name__)

R = TypeVar("R")
RETRY_STATUSES = frozenset({500, 502, 503, 504})


class RateGate:
    """Per-key concurrency cap and rolling-window request budget, shared by the clients of this process."""

    _gates: dict[str, "RateGate"] = {}
    _lock = threading.Lock()

    def __init__(self, max_concurrent: int, per_window: int, window: float = 60.0):
        self.semaphore = threading.BoundedSemaphore(max_concurrent)
        self.per_window = per_window
        self.window = window
        self.started: deque[float] = deque()
        self.lock = threading.Lock()

    @classmethod
    def for_key(cls, key: str, max_concurrent: int, per_window: int, window: float = 60.0) -> "RateGate":
        with cls._lock:
            gate = cls._gates.get(key)
            if gate is None:
                gate = cls._gates[key] = cls(max_concurrent, per_window, window)
            return gate

    def wait_for_budget(self, clock: Callable[[], float], sleep: Callable[[float], None]) -> None:
        while True:
            with self.lock:
                now = clock()
                while self.started and now - self.started[0] >= self.window:
                    self.started.popleft()
                if len(self.started) < self.per_window:
                    self.started.append(now)
                    return
                wait = self.window - (now - self.started[0])
            sleep(max(wait, 0.01))

    @contextmanager
    def slot(self, clock: Callable[[], float], sleep: Callable[[float], None]) -> Iterator[None]:
        """One request: within the budget, and within the concurrency cap while it is in flight."""
        self.wait_for_budget(clock, sleep)
        with self.semaphore:
            yield


def retry_after_seconds(value: str | None, now: Callable[[], datetime] = lambda: datetime.now(timezone.utc)
                        ) -> float | None:
    """Retry-After as seconds: delta-seconds or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max((when - now()).total_seconds(), 0.0)


@dataclass
class RetryPolicy:
    max_attempts: int = 6
    backoff_base: float = 1.0
    backoff_cap: float = 30.0
    max_wait: float = 60.0  # the longest Retry-After slept through; longer means "unavailable now"
    sleep: Callable[[float], None] = time.sleep
    jitter: Callable[[], float] = random.random
    clock: Callable[[], float] = time.monotonic
    now: Callable[[], datetime] = field(default=lambda: datetime.now(timezone.utc))

    def delay(self, attempt: int, retry_after: str | None) -> float:
        asked = retry_after_seconds(retry_after, self.now)
        if asked is not None:
            return asked
        ceiling = min(self.backoff_cap, self.backoff_base * (2 ** (attempt - 1)))
        return ceiling / 2 + self.jitter() * ceiling / 2  # "equal jitter"


@dataclass
class Exchange:
    """How `with_retries` reads one system's answers."""

    system: str
    status: Callable[[object], int]
    header: Callable[[object, str], str | None]
    fault_text: Callable[[object], str]
    transient: tuple[type[BaseException], ...]  # timeouts and dropped connections of the HTTP library
    throttled: Callable[[object], bool] = field(default=lambda response: False)  # besides HTTP 429


def with_retries(send: Callable[[], R], exchange: Exchange, policy: RetryPolicy, *,
                 refresh: Callable[[], object] | None, unavailable: Callable[[str, int | None], Exception],
                 what: str) -> R:
    """Send until an answer worth returning (see the module docstring); `what` names the request in logs."""
    refreshed = False
    attempt = 0
    while True:
        attempt += 1
        try:
            response = send()
        except exchange.transient as exc:
            if attempt >= policy.max_attempts:
                raise unavailable(f"no answer after {attempt} attempts ({type(exc).__name__}); the request can "
                                  "be retried safely, it carries the same idempotency key", None) from None
            log.warning("%s %s: %s, retrying (attempt %d)", exchange.system, what, type(exc).__name__, attempt)
            policy.sleep(policy.delay(attempt, None))
            continue
        status = exchange.status(response)
        if status == 401 and refresh is not None and not refreshed:
            refreshed = True
            log.info("%s answered 401: refreshing the access token once", exchange.system)
            refresh()
            continue
        if status == 429 or exchange.throttled(response):
            retry_after = exchange.header(response, "Retry-After")
            wait = policy.delay(attempt, retry_after)
            if attempt >= policy.max_attempts or wait > policy.max_wait:
                why = (f"asks to wait {round(wait)} s" if wait > policy.max_wait
                       else f"after {attempt} attempts")
                raise unavailable(f"throttled (HTTP {status}: {exchange.fault_text(response)}), {why}; "
                                  "try again later", status)
            log.warning("%s throttled %s, backing off %.1f s (attempt %d)", exchange.system, what, wait, attempt)
            policy.sleep(wait)
            continue
        if status in RETRY_STATUSES:
            if attempt >= policy.max_attempts:
                raise unavailable(f"answered HTTP {status} {attempt} times: {exchange.fault_text(response)}; "
                                  "the request can be retried safely, it carries the same idempotency key", status)
            log.warning("%s %s: HTTP %d, retrying (attempt %d)", exchange.system, what, status, attempt)
            policy.sleep(min(policy.delay(attempt, exchange.header(response, "Retry-After")), policy.max_wait))
            continue
        return response
