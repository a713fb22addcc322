"""NetSuiteClient: a thin typed client of SuiteTalk REST web services (records, SuiteQL, a RESTlet).

There is no official Python SDK; this is `requests` with NetSuite's ways:

* authentication is either OAuth 2.0 machine-to-machine (a Bearer token minted from a certificate;
  see auth.py) or token-based authentication (OAuth 1.0a, HMAC-SHA256, signed per request by
  requests-oauthlib with the account as realm);
* NetSuite limits concurrency per account (shared with the customer's other integrations), so at
  most `max_concurrent` requests are in flight from this process; 429, and the 400s NetSuite
  answers with SSS_REQUEST_LIMIT_EXCEEDED or CONCURRENCY_LIMIT_EXCEEDED, back off (Retry-After
  when given) and are sent again;
* 401 → a new M2M token once (TBA tokens do not expire: a 401 there is an error to reconnect);
* 5xx, timeouts and dropped connections → the same request again (an upsert to the same external
  id, so a repeat updates the one record instead of adding another), then `NetSuiteUnavailable`;
* faults carry NetSuite's own words (`o:errorDetails[].detail` and its error code).

Bodies go out through `wire.dumps` (Decimals as exact JSON numbers) and come back through
`wire.loads` (numbers as Decimal). Nothing here logs a body, a token or a signature.
"""

from __future__ import annotations

import hashlib
import logging
import re
import time
from typing import Any, Callable
from urllib.parse import urlencode

import requests

from countersign.adapters.resilience import Exchange, RateGate, RetryPolicy, with_retries
from countersign.adapters.tokens import TokenSource
from countersign.adapters.wire import dumps, loads
from countersign.ports import ERPError, ERPUnavailable

log = logging.getLogger(__name__)

MAX_CONCURRENT = 5  # NetSuite's default account concurrency (more with SuiteCloud Plus licences)
THROTTLE_CODES = ("SSS_REQUEST_LIMIT_EXCEEDED", "CONCURRENCY_LIMIT_EXCEEDED")
SUITEQL_PAGE = 1000
RECORD = "/services/rest/record/v1"
_EID = re.compile(r"^[A-Za-z0-9_-]{1,100}$")


def eid(key: str) -> str:
    """The external id for a proposal's key: the key itself (letters, digits, _ and -), else a hash of it."""
    return key if _EID.match(key) else "cs-" + hashlib.sha256(key.encode()).hexdigest()[:40]


class NetSuiteError(ERPError):
    """NetSuite refused, or could not be reached; `str()` carries NetSuite's own message."""

    def __init__(self, message: str, *, status: int | None = None, code: str | None = None):
        super().__init__(f"NetSuite: {message}" + (f" ({code})" if code else "")
                         + (f" (HTTP {status})" if status and not code else ""))
        self.status = status
        self.code = code

    @property
    def not_found(self) -> bool:
        return self.status == 404


class NetSuiteUnavailable(NetSuiteError, ERPUnavailable):
    """NetSuite did not answer usefully within the capped attempts; safe to retry later."""


def host_of(account_id: str) -> str:
    """The account's REST host: `1234567_SB1` → `https://1234567-sb1.suitetalk.api.netsuite.com`."""
    return f"https://{account_id.strip().lower().replace('_', '-')}.suitetalk.api.netsuite.com"


def fault(response: requests.Response) -> tuple[str, str | None]:
    """NetSuite's message and error code from an error body, else the HTTP reason (never the raw body)."""
    try:
        body = loads(response.content) if response.content else {}
    except ValueError:
        body = {}
    details = body.get("o:errorDetails") if isinstance(body, dict) else None
    if details:
        first = details[0]
        return "; ".join(str(d.get("detail", "")) for d in details if d.get("detail")) or str(
            body.get("title", "")), first.get("o:errorCode")
    if isinstance(body, dict) and (body.get("title") or body.get("error")):
        return str(body.get("title") or body.get("error_description") or body.get("error")), None
    return response.reason or "no message", None


def _throttled(response: requests.Response) -> bool:
    return response.status_code == 400 and any(code in response.text[:4000] for code in THROTTLE_CODES)


EXCHANGE = Exchange(
    system="NetSuite",
    status=lambda r: r.status_code,  # type: ignore[attr-defined]
    header=lambda r, name: r.headers.get(name),  # type: ignore[attr-defined]
    fault_text=lambda r: fault(r)[0],  # type: ignore[arg-type]
    transient=(requests.Timeout, requests.ConnectionError),
    throttled=_throttled,  # type: ignore[arg-type]
)


class NetSuiteClient:
    """Construct with keyword arguments; makes no network call. Give `tokens` (M2M) or `oauth1` (TBA)."""

    def __init__(
        self,
        *,
        account_id: str,
        base_url: str | None = None,
        tokens: TokenSource | None = None,
        oauth1: Any = None,
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
        if (tokens is None) == (oauth1 is None):
            raise ERPError("NetSuite needs exactly one of an OAuth 2.0 token source or token-based authentication")
        self.account_id = account_id
        self.base_url = (base_url or host_of(account_id)).rstrip("/")
        self.tokens = tokens
        self.oauth1 = oauth1
        self.http = http or requests.Session()
        self.timeout = timeout
        self.policy = RetryPolicy(max_attempts=max(1, max_attempts), backoff_base=backoff_base,
                                  backoff_cap=backoff_cap, max_wait=max_wait, sleep=sleep, clock=clock,
                                  **({"jitter": jitter} if jitter else {}))
        # NetSuite counts concurrency, not requests per minute: the window budget is effectively open.
        self._gate = RateGate.for_key(f"netsuite#{self.base_url}", max(1, max_concurrent), 1_000_000)

    # ----------------------------------------------------------------- transport

    def request(self, method: str, path: str, *, params: dict | None = None, body: Any = None,
                headers: dict | None = None, what: str = "") -> requests.Response:
        """One call, with retries; returns 2xx answers, raises `NetSuiteError` for the rest."""
        url = (path if path.startswith(("http://", "https://")) else self.base_url + path) + (
            ("?" + urlencode(params)) if params else "")
        data = dumps(body).encode() if body is not None else None
        sent_headers = {"Accept": "application/json", **(headers or {})}
        if data is not None:
            sent_headers["Content-Type"] = "application/json"

        def send() -> requests.Response:
            with self._gate.slot(self.policy.clock, self.policy.sleep):
                h = dict(sent_headers)
                if self.tokens is not None:
                    h["Authorization"] = "Bearer " + self.tokens.access_token
                return self.http.request(method, url, data=data, headers=h, auth=self.oauth1, timeout=self.timeout)

        response = with_retries(send, EXCHANGE, self.policy, refresh=self.tokens.refresh if self.tokens else None,
                                unavailable=lambda message, status: NetSuiteUnavailable(message, status=status),
                                what=f"{method} {path}")
        if response.status_code < 300:
            return response
        message, code = fault(response)
        if response.status_code == 401:
            raise NetSuiteError(f"authorization failed ({message}); run `countersign connect netsuite`",
                                status=401, code=code)
        raise NetSuiteError(f"{what + ': ' if what else ''}{message}", status=response.status_code, code=code)

    def get(self, path: str, params: dict | None = None, what: str = "") -> Any:
        response = self.request("GET", path, params=params, what=what)
        return loads(response.content) if response.content else None

    def get_or_none(self, path: str, params: dict | None = None, what: str = "") -> Any | None:
        try:
            return self.get(path, params, what)
        except NetSuiteError as exc:
            if exc.not_found:
                return None
            raise

    def suiteql(self, query: str, what: str = "") -> list[dict]:
        """Every row of a SuiteQL query, page by page (`Prefer: transient`, 1,000 rows a page)."""
        rows: list[dict] = []
        offset = 0
        while True:
            response = self.request("POST", "/services/rest/query/v1/suiteql",
                                    params={"limit": SUITEQL_PAGE, "offset": offset}, body={"q": query},
                                    headers={"Prefer": "transient"}, what=what or "a SuiteQL query")
            page = loads(response.content)
            items = page.get("items") or []
            rows.extend(items)
            if not page.get("hasMore") or not items:
                return rows
            offset += len(items)


def sql_text(value: str) -> str:
    """A SuiteQL string literal: quotes doubled; control characters refused."""
    value = str(value)
    if any(ord(ch) < 32 for ch in value):
        raise ERPError(f"refusing to query NetSuite with control characters in {value!r}")
    return "'" + value.replace("'", "''") + "'"


def sql_id(value: str, what: str) -> str:
    """A NetSuite internal id (digits) for a query; anything else is refused before it is built."""
    value = str(value).strip()
    if not value.isdigit() or len(value) > 20:
        raise ERPError(f"{what} {value!r} is not a NetSuite internal id")
    return value
