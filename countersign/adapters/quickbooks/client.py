"""QBOClient: python-quickbooks' `QuickBooks` with retries, throttling and our error type.

Every library call goes through `QuickBooks.process_request`; this subclass overrides it:

* 429 / a ThrottleExceeded fault → back off (Retry-After when given, else exponential with jitter)
  and retry, within QuickBooks' limits: at most `max_concurrent` (≤ 10) requests in flight and
  at most 500 started per rolling minute, per realm, in this process;
* 401 → refresh the OAuth tokens once (the token source persists the new refresh token) and retry;
* 5xx, timeouts and dropped connections → retry with the *same* URL and query string, so a write
  carries the same `requestid` every time and QuickBooks answers a repeat with the first response;
* attempts are capped; what is left over becomes an `ERPError` (a `QBOError` with QuickBooks'
  own message for faults), never a library exception — `QBOUnavailable` (an `ERPUnavailable`)
  when QuickBooks never answered usefully, so the post is retried later rather than failed.

Nothing here logs a token or a request body.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections import deque
from typing import Callable

import requests
from quickbooks import exceptions as qb_exc
from quickbooks.client import QuickBooks

from countersign.adapters.tokens import TokenSource
from countersign.ports import ERPError, ERPUnavailable

log = logging.getLogger(__name__)

SANDBOX_URL = "https://sandbox-quickbooks.api.intuit.com/v3"
PRODUCTION_URL = "https://quickbooks.api.intuit.com/v3"
MINOR_VERSION = 75
REQUESTS_PER_MINUTE = 500  # per realm (Intuit)
MAX_CONCURRENT = 10  # per app + realm (Intuit)
RETRY_STATUSES = {500, 502, 503, 504}


class QBOError(ERPError):
    """QuickBooks answered with a fault, or could not be reached; `str()` is QuickBooks' own message."""

    def __init__(self, message: str, *, code: int | None = None, detail: str = "", status: int | None = None):
        text = message if not detail or detail in message else f"{message}: {detail}"
        super().__init__(f"QuickBooks: {text}" + (f" (error {code})" if code else ""))
        self.code = code
        self.detail = detail
        self.status = status
        self.qbo_message = message

    @property
    def not_found(self) -> bool:
        return self.code == 610


class QBOUnavailable(QBOError, ERPUnavailable):
    """QuickBooks did not answer usefully within the capped attempts; safe to retry later."""


class _RealmGate:
    """Per-realm concurrency cap and rolling-minute request budget, shared by clients in this process."""

    _gates: dict[str, "_RealmGate"] = {}
    _lock = threading.Lock()

    def __init__(self, max_concurrent: int, per_minute: int):
        self.semaphore = threading.BoundedSemaphore(max_concurrent)
        self.per_minute = per_minute
        self.started: deque[float] = deque()
        self.lock = threading.Lock()

    @classmethod
    def for_realm(cls, realm: str, max_concurrent: int, per_minute: int) -> "_RealmGate":
        with cls._lock:
            gate = cls._gates.get(realm)
            if gate is None:
                gate = cls._gates[realm] = cls(max_concurrent, per_minute)
            return gate

    def wait_for_budget(self, clock: Callable[[], float], sleep: Callable[[float], None]) -> None:
        while True:
            with self.lock:
                now = clock()
                while self.started and now - self.started[0] >= 60:
                    self.started.popleft()
                if len(self.started) < self.per_minute:
                    self.started.append(now)
                    return
                wait = 60 - (now - self.started[0])
            sleep(max(wait, 0.01))


class QBOClient(QuickBooks):
    """Construct with keyword arguments only; makes no network call (tokens come from `tokens`)."""

    def __new__(cls, **kwargs):
        # QuickBooks.__new__ does the library's setup; give it no auth_client, so it opens no session
        # and never refreshes inside the constructor (the library's own unit tests do the same).
        return super().__new__(cls, company_id=str(kwargs["company_id"]),
                               minorversion=kwargs.get("minorversion", MINOR_VERSION), use_decimal=True)

    def __init__(
        self,
        *,
        company_id: str,
        tokens: TokenSource,
        base_url: str = SANDBOX_URL,
        minorversion: int = MINOR_VERSION,
        http: requests.Session | None = None,
        timeout: float | tuple[float, float] = (10.0, 60.0),
        max_attempts: int = 6,
        max_concurrent: int = 4,
        per_minute: int = REQUESTS_PER_MINUTE,
        backoff_base: float = 1.0,
        backoff_cap: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        jitter: Callable[[], float] = random.random,
    ):
        self.company_id = str(company_id)
        self.minorversion = minorversion
        self.use_decimal = True  # Decimal for every amount QuickBooks returns; never float
        self.tokens = tokens
        self.base_url = base_url.rstrip("/")
        self.http = http or requests.Session()
        self.session = self.http  # the library only checks it is set (download_pdf)
        self.timeout = timeout
        self.max_attempts = max(1, max_attempts)
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self._sleep = sleep
        self._clock = clock
        self._jitter = jitter
        self._gate = _RealmGate.for_realm(f"{self.base_url}#{self.company_id}",
                                          min(max_concurrent, MAX_CONCURRENT), min(per_minute, REQUESTS_PER_MINUTE))

    @property
    def api_url(self) -> str:  # the library builds every URL from this
        return self.base_url

    # ----------------------------------------------------------------- transport

    def process_request(self, request_type, url, headers="", params="", data=""):
        headers = dict(headers or {})
        params = dict(params or {})  # the same query string (and requestid) on every attempt
        refreshed = False
        attempt = 0
        while True:
            attempt += 1
            try:
                response = self._send(request_type, url, headers, params, data)
            except (requests.Timeout, requests.ConnectionError) as exc:
                if attempt >= self.max_attempts:
                    raise QBOUnavailable(f"no answer after {attempt} attempts ({type(exc).__name__}); "
                                         "the request can be retried safely, it carries the same request id") from None
                log.warning("QuickBooks %s %s: %s, retrying (attempt %d)", request_type, _path(url),
                            type(exc).__name__, attempt)
                self._backoff(attempt, None)
                continue
            status = response.status_code
            if status == 401 and not refreshed:
                refreshed = True
                log.info("QuickBooks answered 401: refreshing the access token once")
                self.tokens.refresh()
                continue
            if status == 429 or _is_throttle_fault(response):
                if attempt >= self.max_attempts:
                    raise QBOUnavailable(f"throttled (HTTP {status}) after {attempt} attempts; try again in a minute",
                                         code=3001, status=status)
                log.warning("QuickBooks throttled %s %s, backing off (attempt %d)", request_type, _path(url), attempt)
                self._backoff(attempt, response.headers.get("Retry-After"))
                continue
            if status in RETRY_STATUSES:
                if attempt >= self.max_attempts:
                    raise QBOUnavailable(f"QuickBooks answered HTTP {status} {attempt} times: {_fault_text(response)}; "
                                         "the request can be retried safely, it carries the same request id",
                                         status=status)
                log.warning("QuickBooks %s %s: HTTP %d, retrying (attempt %d)", request_type, _path(url), status,
                            attempt)
                self._backoff(attempt, response.headers.get("Retry-After"))
                continue
            return response

    def _send(self, request_type, url, headers, params, data) -> requests.Response:
        self._gate.wait_for_budget(self._clock, self._sleep)
        with self._gate.semaphore:
            headers["Authorization"] = "Bearer " + self.tokens.access_token
            return self.http.request(request_type, url, headers=headers, params=params, data=data,
                                     timeout=self.timeout)

    def _backoff(self, attempt: int, retry_after: str | None) -> None:
        delay = None
        if retry_after:
            try:
                delay = min(float(retry_after), 60.0)
            except ValueError:
                delay = None
        if delay is None:
            ceiling = min(self.backoff_cap, self.backoff_base * (2 ** (attempt - 1)))
            delay = ceiling / 2 + self._jitter() * ceiling / 2  # "equal jitter"
        self._sleep(delay)

    # ----------------------------------------------------------------- errors

    def make_request(self, *args, **kwargs):
        try:
            return super().make_request(*args, **kwargs)
        except qb_exc.QuickbooksException as exc:
            raise _to_error(exc) from None

    @staticmethod
    def handle_exceptions(results):
        errors = results.get("Error") or [{}]
        messages = [e.get("Message", "") for e in errors]
        details = [e.get("Detail", "") for e in errors if e.get("Detail")]
        code = _int(errors[0].get("code"))
        raise QBOError("; ".join(m for m in messages if m) or "fault without a message",
                       code=code, detail="; ".join(details))


def _to_error(exc: qb_exc.QuickbooksException) -> QBOError:
    if isinstance(exc, qb_exc.AuthorizationException) and exc.error_code == 401:
        return QBOError("authorization failed even after refreshing the token; run `countersign connect quickbooks`",
                        code=401, status=401)
    message = str(exc.message)
    if message.startswith("Error reading json response") or message.startswith("Error returned with status code"):
        message = message.split(":", 1)[0] + " (body not shown)"
    return QBOError(message, code=_int(exc.error_code), detail=str(exc.detail or ""))


def _fault_text(response: requests.Response) -> str:
    """QuickBooks' own message from a Fault body, else the HTTP reason (never the raw body)."""
    try:
        errors = (response.json().get("Fault") or {}).get("Error") or []
    except ValueError:
        errors = []
    return "; ".join(e.get("Message", "") for e in errors if e.get("Message")) or response.reason or "no message"


def _is_throttle_fault(response: requests.Response) -> bool:
    if response.status_code not in (400, 403, 429):
        return False
    text = response.text[:2000]
    return "ThrottleExceeded" in text or '"code":"003001"' in text.replace(" ", "")


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _path(url: str) -> str:
    return url.split("/company/", 1)[-1].split("?", 1)[0]
