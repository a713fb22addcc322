"""BCClient: a thin typed client of the Dynamics 365 Business Central API v2.0 (OData v4 over HTTP).

There is no official Python SDK for the Business Central API; this is `requests` with its ways:

* a Bearer token from Microsoft Entra ID (client credentials through msal; see auth.py);
* Business Central allows 5 simultaneous OData requests and 6,000 requests per 5 minutes per
  user and environment: at most `max_concurrent` requests are in flight from this process, and
  the window budget is kept; 429 backs off (Retry-After when given) and is sent again;
* 401 → a new token once, then an error that says to reconnect;
* the API has **no idempotency key**. Reads and idempotent writes (PATCH with If-Match, a read)
  are retried on 5xx, timeouts and dropped connections; a create (`unsafe=True`) is not: its lost
  answer is raised at once as `BCLostAnswer`, and the adapter checks whether the document was
  written before it sends it again (check-before-write by vendor and vendor invoice number);
* faults carry Business Central's own words (`error.message`, `error.code`).

Bodies go out through `wire.dumps` (Decimals as exact JSON numbers) and come back through
`wire.loads` (numbers as Decimal). Nothing here logs a body or a token.
"""

from __future__ import annotations

import logging
import re
import time
from typing import Any, Callable
from urllib.parse import urlencode

import requests

from countersign.adapters.resilience import RETRY_STATUSES, Exchange, RateGate, RetryPolicy, with_retries
from countersign.adapters.tokens import TokenSource
from countersign.adapters.wire import dumps, loads
from countersign.ports import ERPError, ERPUnavailable

log = logging.getLogger(__name__)

API_HOST = "https://api.businesscentral.dynamics.com"
MAX_CONCURRENT = 5  # Business Central's OData limit of simultaneous requests per user
PER_WINDOW, WINDOW = 6000, 300.0  # requests per 5-minute sliding window per user and environment
_GUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def is_guid(value: Any) -> bool:
    return bool(_GUID.match(str(value or "").strip()))


def odata_text(value: str) -> str:
    """An OData string literal: quotes doubled; control characters refused."""
    value = str(value)
    if any(ord(ch) < 32 for ch in value):
        raise ERPError(f"refusing to query Business Central with control characters in {value!r}")
    return "'" + value.replace("'", "''") + "'"


def odata_guid(value: str, what: str) -> str:
    value = str(value).strip()
    if not is_guid(value):
        raise ERPError(f"{what} {value!r} is not a Business Central id")
    return value.lower()


class BCError(ERPError):
    """Business Central refused, or could not be reached; `str()` carries its own message."""

    def __init__(self, message: str, *, status: int | None = None, code: str | None = None):
        super().__init__(f"Business Central: {message}" + (f" ({code})" if code else "")
                         + (f" (HTTP {status})" if status and not code else ""))
        self.status = status
        self.code = code

    @property
    def not_found(self) -> bool:
        return self.status == 404


class BCUnavailable(BCError, ERPUnavailable):
    """Business Central did not answer usefully within the capped attempts; safe to retry later."""


class BCLostAnswer(BCUnavailable):
    """A create got no useful answer (timeout, dropped connection, 5xx): it may or may not have been
    written. Never resent blindly: the adapter looks for the document first."""


def fault(response: requests.Response) -> tuple[str, str | None]:
    """Business Central's message and error code, else the HTTP reason (never the raw body)."""
    try:
        body = loads(response.content) if response.content else {}
    except ValueError:
        body = {}
    error = body.get("error") if isinstance(body, dict) else None
    if isinstance(error, dict) and error.get("message"):
        message = re.sub(r"\s*CorrelationId:.*$", "", str(error["message"])).strip()
        return message, error.get("code")
    if isinstance(body, dict) and body.get("error_description"):
        return str(body["error_description"]), None
    return response.reason or "no message", None


EXCHANGE = Exchange(
    system="Business Central",
    status=lambda r: r.status_code,  # type: ignore[attr-defined]
    header=lambda r, name: r.headers.get(name),  # type: ignore[attr-defined]
    fault_text=lambda r: fault(r)[0],  # type: ignore[arg-type]
    transient=(requests.Timeout, requests.ConnectionError),
)


class BCClient:
    """Construct with keyword arguments; makes no network call."""

    def __init__(
        self,
        *,
        tenant_id: str,
        environment: str,
        company_id: str,
        tokens: TokenSource,
        api_host: str | None = None,
        http: requests.Session | None = None,
        timeout: tuple[float, float] = (10.0, 120.0),
        max_attempts: int = 6,
        max_concurrent: int = MAX_CONCURRENT,
        backoff_base: float = 1.0,
        backoff_cap: float = 30.0,
        max_wait: float = 60.0,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        jitter: Callable[[], float] | None = None,
    ):
        self.api_root = f"{(api_host or API_HOST).rstrip('/')}/v2.0/{tenant_id}/{environment}/api"
        self.company_id = odata_guid(company_id, "COUNTERSIGN_BC_COMPANY_ID")
        self.base = f"{self.api_root}/v2.0/companies({self.company_id})"
        self.tokens = tokens
        self.http = http or requests.Session()
        self.timeout = timeout
        self.policy = RetryPolicy(max_attempts=max(1, max_attempts), backoff_base=backoff_base,
                                  backoff_cap=backoff_cap, max_wait=max_wait, sleep=sleep, clock=clock,
                                  **({"jitter": jitter} if jitter else {}))
        self._gate = RateGate.for_key(f"bc#{self.api_root}", max(1, max_concurrent), PER_WINDOW, WINDOW)

    def url(self, path: str) -> str:
        return path if path.startswith(("http://", "https://")) else self.base + path

    def request(self, method: str, path: str, *, params: dict | None = None, body: Any = None,
                raw: bytes | None = None, headers: dict | None = None, what: str = "",
                unsafe: bool = False) -> requests.Response:
        """One call; 429 and 401 handled, reads retried; returns 2xx, raises `BCError` for the rest.
        `unsafe`: a create that must not be resent blindly (see `BCLostAnswer`)."""
        url = self.url(path) + (("?" + urlencode(params)) if params else "")
        data = raw if raw is not None else (dumps(body).encode() if body is not None else None)
        sent = {"Accept": "application/json", **(headers or {})}
        if data is not None and "Content-Type" not in sent:
            sent["Content-Type"] = "application/json"

        def send() -> requests.Response:
            with self._gate.slot(self.policy.clock, self.policy.sleep):
                h = {**sent, "Authorization": "Bearer " + self.tokens.access_token}
                try:
                    response = self.http.request(method, url, data=data, headers=h, timeout=self.timeout)
                except EXCHANGE.transient as exc:
                    if unsafe:
                        raise BCLostAnswer(f"{what or method}: no answer ({type(exc).__name__})") from None
                    raise
            if unsafe and response.status_code in RETRY_STATUSES:
                raise BCLostAnswer(f"{what or method}: {fault(response)[0]}", status=response.status_code)
            return response

        response = with_retries(send, EXCHANGE, self.policy, refresh=self.tokens.refresh,
                                unavailable=lambda message, status: BCUnavailable(message, status=status),
                                what=f"{method} {path.split('?')[0]}")
        if response.status_code < 300:
            return response
        message, code = fault(response)
        if response.status_code == 401:
            raise BCError(f"authorization failed ({message}); run `countersign connect businesscentral`",
                          status=401, code=code)
        raise BCError(f"{what + ': ' if what else ''}{message}", status=response.status_code, code=code)

    def get(self, path: str, params: dict | None = None, what: str = "") -> Any:
        response = self.request("GET", path, params=params, what=what)
        return loads(response.content) if response.content else None

    def get_or_none(self, path: str, params: dict | None = None, what: str = "") -> Any | None:
        try:
            return self.get(path, params, what)
        except BCError as exc:
            if exc.not_found:
                return None
            raise

    def rows(self, path: str, params: dict | None = None, what: str = "", limit: int | None = None) -> list[dict]:
        """Every row of a collection, following `@odata.nextLink` (server-driven paging)."""
        page = self.get(path, params, what)
        rows: list[dict] = list(page.get("value") or [])
        while page.get("@odata.nextLink") and (limit is None or len(rows) < limit):
            page = self.get(page["@odata.nextLink"], None, what)
            rows.extend(page.get("value") or [])
        return rows if limit is None else rows[:limit]

    def post(self, path: str, body: Any, what: str = "", *, unsafe: bool = True) -> dict:
        response = self.request("POST", path, body=body, what=what, unsafe=unsafe)
        return loads(response.content) if response.content else {}
