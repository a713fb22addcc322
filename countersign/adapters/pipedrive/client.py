"""PipedriveAPI: httpx over Pipedrive's REST API (v2), with throttling, one token refresh, our errors.

* auth: an API token in the `x-api-token` header (never in the query string), or an OAuth access
  token as `Authorization: Bearer`; the base URL is the company's (`https://acme.pipedrive.com`,
  or the `api_domain` OAuth answered with);
* 429 → wait as `Retry-After` says, else until `x-ratelimit-reset`, else exponential backoff with
  jitter, and retry (Pipedrive's burst limits are per token in 2-second windows; the daily budget
  is the company's, shared by every app); 5xx and dropped connections are retried likewise;
  attempts are capped, and what is left is a CRMError;
* 401 → the token source refreshes once (OAuth) and the request is sent again;
* every other refusal is a CRMError with Pipedrive's own `error` text.

Bodies are parsed with `parse_float=Decimal`: v2 sends amounts as JSON numbers, and none becomes a
float. Nothing here logs a token or a body.
"""

from __future__ import annotations

import json
import logging
import random
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx

from countersign.adapters.tokens import TokenSource
from countersign.ports import CRMError

log = logging.getLogger(__name__)

RETRY_STATUSES = {429, 500, 502, 503, 504}


class PipedriveError(CRMError):
    def __init__(self, message: str, *, status: int | None = None, code: str | None = None):
        super().__init__(message)
        self.status = status
        self.code = code


class PipedriveAPI:
    """Constructed without any network call. `oauth` chooses the Bearer header over x-api-token."""

    def __init__(self, base_url: str, tokens: TokenSource, *, oauth: bool = False, http: httpx.Client | None = None,
                 max_attempts: int = 5, backoff_base: float = 1.0, backoff_cap: float = 30.0,
                 timeout: float = 30.0, sleep: Callable[[float], None] = time.sleep,
                 jitter: Callable[[], float] = random.random):
        self.base_url = base_url.rstrip("/")
        self.tokens = tokens
        self.oauth = oauth
        self._http = http
        self.max_attempts = max(1, max_attempts)
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self.timeout = timeout
        self._sleep = sleep
        self._jitter = jitter

    @property
    def http(self) -> httpx.Client:
        if self._http is None:
            self._http = httpx.Client(timeout=self.timeout)
        return self._http

    def request(self, method: str, path: str, what: str, *, params: dict[str, Any] | None = None,
                body: dict[str, Any] | None = None) -> dict[str, Any]:
        """One API call; returns the parsed JSON document (`{"success", "data", "additional_data"}`)."""
        refreshed = False
        attempt = 0
        while True:
            attempt += 1
            token = self.tokens.access_token
            headers = {"Accept": "application/json",
                       **({"Authorization": "Bearer " + token} if self.oauth else {"x-api-token": token})}
            try:
                response = self.http.request(method, self.base_url + path, params=params, json=body, headers=headers)
            except httpx.TransportError as exc:
                if attempt >= self.max_attempts:
                    raise PipedriveError(f"Pipedrive did not answer while trying to {what} ({type(exc).__name__}, "
                                         f"{attempt} attempts); it will be tried again") from None
                self._backoff(attempt, None)
                continue
            status = response.status_code
            if status == 401 and not refreshed:
                refreshed = True
                log.info("Pipedrive answered 401 while trying to %s: refreshing the token once", what)
                self.tokens.refresh(stale=token)
                continue
            if status in RETRY_STATUSES and attempt < self.max_attempts:
                log.warning("Pipedrive answered %d while trying to %s; retrying (attempt %d)", status, what, attempt)
                self._backoff(attempt, response.headers)
                continue
            data = _json(response)
            if 200 <= status < 300:
                return data
            raise pipedrive_error(what, status, data, attempt)

    def _backoff(self, attempt: int, headers: httpx.Headers | None) -> None:
        delay = None
        for name in ("Retry-After", "x-ratelimit-reset"):
            value = headers.get(name) if headers is not None else None
            if value:
                try:
                    delay = min(float(value), 60.0)
                    break
                except ValueError:
                    continue
        if delay is None:
            ceiling = min(self.backoff_cap, self.backoff_base * (2 ** (attempt - 1)))
            delay = ceiling / 2 + self._jitter() * ceiling / 2
        self._sleep(delay)


def _json(response: httpx.Response) -> dict[str, Any]:
    try:
        data = json.loads(response.content or b"{}", parse_float=Decimal)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {"data": data}


def pipedrive_error(what: str, status: int, data: dict[str, Any], attempts: int = 1) -> PipedriveError:
    """Pipedrive's error document (`{"success": false, "error", "error_info", "code"}`) as one line."""
    message = str(data.get("error") or data.get("message") or "no message")
    code = data.get("code") or data.get("errorCode")
    if status == 401:
        return PipedriveError(f"Pipedrive refused the token while trying to {what} (HTTP 401): {message}; check "
                              "COUNTERSIGN_PIPEDRIVE_API_TOKEN or run `countersign connect pipedrive` again",
                              status=401, code=code)
    if status == 403:
        return PipedriveError(f"Pipedrive refused to {what} (HTTP 403, missing permission or scope): {message}",
                              status=403, code=code)
    if status == 429:
        return PipedriveError(f"Pipedrive is still rate-limiting after {attempts} attempts while trying to {what}: "
                              f"{message}", status=429, code=code)
    return PipedriveError(f"Pipedrive refused to {what} (HTTP {status}): {message}", status=status, code=code)
