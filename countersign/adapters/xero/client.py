"""XeroClient: xero-python's `ApiClient` with Xero's limits, retries, token refresh and our errors.

Every SDK call goes through `ApiClient.request`; this subclass overrides it (see
adapters/resilience.py for the loop):

* at most 5 requests in flight and 60 started per rolling minute, per tenant, in this process
  (Xero's per-tenant limits; the daily cap of 5,000 is Xero's to count: a 429 whose Retry-After is
  longer than a minute, as the daily one is, makes the call unavailable instead of sleeping);
* 429 → wait Retry-After and send again; 401 → refresh the OAuth tokens once (the token source
  persists the rotated refresh token) and send again;
* 5xx, timeouts and dropped connections → the same request again, with the same `Idempotency-Key`
  header, so Xero answers a repeated write with the first response;
* what is left over becomes `XeroUnavailable` (an `ERPUnavailable`): the post is deferred.

The SDK's own token handling is bypassed (its OAuth2Token would refresh against Xero's fixed
URL and keep the result in memory only): the Authorization header comes from our token source on
each attempt. urllib3's own retries are off, so an attempt is one request. No request or response
body is logged.
"""

from __future__ import annotations

import logging
import time
from typing import Any, Callable

import urllib3
from xero_python.accounting import AccountingApi
from xero_python.api_client import ApiClient
from xero_python.api_client.configuration import Configuration
from xero_python.exceptions import HTTPStatusException
from xero_python.identity import IdentityApi

from countersign.adapters.resilience import Exchange, RateGate, RetryPolicy, with_retries
from countersign.adapters.tokens import TokenSource
from countersign.adapters.wire import loads
from countersign.ports import ERPError, ERPUnavailable

log = logging.getLogger(__name__)

API_BASE = "https://api.xero.com"
ACCOUNTING_PATH = "/api.xro/2.0"
PER_MINUTE = 60  # per tenant (Xero)
MAX_CONCURRENT = 5  # per tenant (Xero)


class XeroError(ERPError):
    """Xero refused, or could not be reached; `str()` carries Xero's own message."""

    def __init__(self, message: str, *, status: int | None = None):
        super().__init__(f"Xero: {message}" + (f" (HTTP {status})" if status else ""))
        self.status = status
        self.xero_message = message


class XeroUnavailable(XeroError, ERPUnavailable):
    """Xero did not answer usefully within the capped attempts, or asked to wait too long; retry later."""


class _Response:
    """What the retry loop reads of one attempt: the SDK's RESTResponse, or its HTTPStatusException."""

    def __init__(self, status: int, headers: Any, data: bytes, value: Any = None, error: Exception | None = None):
        self.status, self.headers, self.data, self.value, self.error = status, headers, data, value, error


def fault_text(data: bytes, reason: str = "") -> str:
    """Xero's own words from an error body: validation messages, a Detail or Message, else the reason."""
    try:
        body = loads(data) if data else None
    except ValueError:
        body = None
    if isinstance(body, dict):
        messages = [e.get("Message") for element in body.get("Elements") or []
                    for e in (element.get("ValidationErrors") or []) if e.get("Message")]
        if messages:
            return "; ".join(dict.fromkeys(messages))
        for key in ("Detail", "detail", "Message", "message", "Title", "error"):
            if body.get(key):
                return str(body[key])
    return reason or "no message"


def _header(response: _Response, name: str) -> str | None:
    headers = response.headers or {}
    for key, value in dict(headers).items():
        if key.lower() == name.lower():
            return value
    return None


EXCHANGE = Exchange(
    system="Xero",
    status=lambda r: r.status,  # type: ignore[attr-defined]
    header=_header,  # type: ignore[arg-type]
    fault_text=lambda r: fault_text(r.data),  # type: ignore[attr-defined]
    transient=(urllib3.exceptions.TimeoutError, urllib3.exceptions.ProtocolError,
               urllib3.exceptions.NewConnectionError, urllib3.exceptions.MaxRetryError, ConnectionError),
)


class XeroClient(ApiClient):
    """Construct with keyword arguments; makes no network call."""

    def __init__(
        self,
        *,
        tenant_id: str,
        tokens: TokenSource,
        api_base: str = API_BASE,
        timeout: tuple[float, float] = (10.0, 60.0),
        max_attempts: int = 6,
        max_concurrent: int = MAX_CONCURRENT,
        per_minute: int = PER_MINUTE,
        backoff_base: float = 1.0,
        backoff_cap: float = 30.0,
        max_wait: float = 60.0,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        jitter: Callable[[], float] | None = None,
    ):
        super().__init__(Configuration(), pool_threads=1)
        # One attempt is one request: urllib3's own retries (connect, read, redirect) are off.
        self.rest_client.pool_manager.connection_pool_kw["retries"] = False
        self.tenant_id = str(tenant_id)
        self.tokens = tokens
        self.api_base = api_base.rstrip("/")
        self.timeout = timeout
        self.policy = RetryPolicy(max_attempts=max(1, max_attempts), backoff_base=backoff_base,
                                  backoff_cap=backoff_cap, max_wait=max_wait, sleep=sleep, clock=clock,
                                  **({"jitter": jitter} if jitter else {}))
        # Xero's limits are the defaults; only the stress, against the stub, lifts the per-minute budget.
        self._gate = RateGate.for_key(f"xero#{self.api_base}#{self.tenant_id}", min(max_concurrent, MAX_CONCURRENT),
                                      per_minute)
        self.day_remaining: int | None = None  # X-DayLimit-Remaining of the last answer

    def accounting(self) -> AccountingApi:
        return AccountingApi(self, base_url=self.api_base + ACCOUNTING_PATH)

    def identity(self) -> IdentityApi:
        return IdentityApi(self, base_url=self.api_base)

    # ----------------------------------------------------------------- transport

    def update_params_for_auth(self, headers, querys, auth_settings):
        """The Authorization header is set per attempt in `request` (a 401 refreshes in between)."""

    def request(self, method, url, query_params=None, headers=None, post_params=None, body=None,
                _preload_content=True, _request_timeout=None):
        headers = dict(headers or {})
        what = f"{method} {url.removeprefix(self.api_base)}"

        def send() -> _Response:
            with self._gate.slot(self.policy.clock, self.policy.sleep):
                headers["Authorization"] = "Bearer " + self.tokens.access_token
                try:
                    value = super(XeroClient, self).request(
                        method, url, query_params=query_params, headers=dict(headers), post_params=post_params,
                        body=body, _preload_content=_preload_content, _request_timeout=self.timeout)
                except HTTPStatusException as exc:
                    return _Response(exc.status or 0, exc.headers, exc.body or b"", error=exc)
            self._note_limits(value)
            return _Response(value.status, value.getheaders(), b"", value=value)

        response = with_retries(send, EXCHANGE, self.policy, refresh=self.tokens.refresh,
                                unavailable=lambda message, status: XeroUnavailable(message, status=status),
                                what=what)
        if response.error is None:
            return response.value
        if response.status == 401:
            raise XeroError("authorization failed even after refreshing the token; run `countersign connect xero`",
                            status=401)
        raise response.error

    def _note_limits(self, value: Any) -> None:
        remaining = value.getheader("X-DayLimit-Remaining") if hasattr(value, "getheader") else None
        if remaining and remaining.isdigit():
            self.day_remaining = int(remaining)
            if self.day_remaining < 100:
                log.warning("Xero tenant %s has %d calls left today", self.tenant_id, self.day_remaining)


def xero_error(exc: HTTPStatusException, what: str) -> XeroError:
    """A status exception the retry loop returned (a 400 validation fault, a 403, a 404…) as our error."""
    status = exc.status if isinstance(exc.status, int) else getattr(exc.http_resp, "status", None)
    return XeroError(f"{what}: {fault_text(exc.body or b'', str(getattr(exc.http_resp, 'reason', '') or ''))}",
                     status=status)
