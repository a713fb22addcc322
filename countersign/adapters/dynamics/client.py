"""DataverseAPI: the Dataverse Web API over requests, with an Entra ID token from msal.

* auth: client credentials (an Entra app registered as an *application user* in the Dataverse
  environment, with a security role that reads opportunities, products, price lists and
  accounts and writes opportunities): `msal.ConfidentialClientApplication.acquire_token_for_client`
  with the scope `https://<org>.crm.dynamics.com/.default`. msal caches the token; the app is
  built on the first request (its constructor fetches the tenant's OpenID configuration);
* 429 (service protection: per user and server, 6,000 requests / 20 min execution / 52 in flight
  per 5 minutes) → wait `Retry-After` seconds and retry; 502/503/504 and dropped connections →
  backoff and retry; attempts are capped and what is left is a CRMError;
* 401 → drop msal's cached token, get a new one, send once more;
* every other refusal is a CRMError with Dataverse's `error.message` (and its code).

Pages are followed through `@odata.nextLink` (`Prefer: odata.maxpagesize`); bodies are parsed
with `parse_float=Decimal`, so money columns never become floats. Nothing here logs a token.
"""

from __future__ import annotations

import json
import logging
import random
import threading
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import requests

from countersign.adapters.tokens import TokenSource
from countersign.ports import CRMError

log = logging.getLogger(__name__)

RETRY_STATUSES = {429, 502, 503, 504}
PAGE_SIZE = 500


class DataverseError(CRMError):
    def __init__(self, message: str, *, status: int | None = None, code: str | None = None):
        super().__init__(message)
        self.status = status
        self.code = code


class EntraTokens:
    """Access tokens for the Dataverse environment from msal (client credentials)."""

    def __init__(self, *, tenant_id: str, client_id: str, client_secret: str, resource: str,
                 authority_host: str = "https://login.microsoftonline.com", http: requests.Session | None = None):
        self._args = (tenant_id, client_id, client_secret, authority_host.rstrip("/"))
        self.scopes = [resource.rstrip("/") + "/.default"]
        self._http = http
        self._app: Any = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"EntraTokens(tenant={self._args[0]!r}, client={self._args[1]!r})"

    def _application(self):
        import msal

        if self._app is None:
            tenant, client_id, secret, host = self._args
            options = {"http_client": self._http} if self._http is not None else {}
            try:
                self._app = msal.ConfidentialClientApplication(
                    client_id, authority=f"{host}/{tenant}", client_credential=secret, instance_discovery=False,
                    **options)
            except ValueError as exc:  # msal says what is wrong with the authority (unknown tenant, no answer)
                raise DataverseError(f"Microsoft Entra ID: {exc}") from None
            except requests.RequestException as exc:
                raise DataverseError(f"Microsoft Entra ID did not answer ({type(exc).__name__})") from None
        return self._app

    @property
    def access_token(self) -> str:
        with self._lock:
            app = self._application()
            try:
                result = app.acquire_token_for_client(scopes=self.scopes)
            except requests.RequestException as exc:
                raise DataverseError(f"Microsoft Entra ID did not answer ({type(exc).__name__})") from None
        if "access_token" not in result:
            detail = (str(result.get("error_description") or "").splitlines() or [""])[0]
            raise DataverseError(f"Microsoft Entra ID refused a token: {result.get('error')}: {detail} — check "
                                 "COUNTERSIGN_DYNAMICS_TENANT_ID / _CLIENT_ID / _CLIENT_SECRET")
        return result["access_token"]

    def refresh(self, stale: str | None = None) -> str:
        with self._lock:
            self._application().remove_tokens_for_client()
        return self.access_token


class DataverseAPI:
    """`<org URL>/api/data/v9.2/` requests; constructed without any network call."""

    def __init__(self, org_url: str, tokens: TokenSource, *, api_version: str = "9.2",
                 http: requests.Session | None = None, max_attempts: int = 5, backoff_base: float = 1.0,
                 backoff_cap: float = 30.0, timeout: tuple[float, float] = (10.0, 60.0),
                 sleep: Callable[[float], None] = time.sleep, jitter: Callable[[], float] = random.random):
        self.base_url = f"{org_url.rstrip('/')}/api/data/v{api_version}/"
        self.tokens = tokens
        self.http = http or requests.Session()
        self.max_attempts = max(1, max_attempts)
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self.timeout = timeout
        self._sleep = sleep
        self._jitter = jitter

    def get(self, path: str, what: str, params: dict[str, str] | None = None) -> dict[str, Any]:
        return self.request("GET", path, what, params=params)

    def get_all(self, path: str, what: str, params: dict[str, str] | None = None) -> list[dict[str, Any]]:
        """Every row of a collection, page after page (`@odata.nextLink`)."""
        rows: list[dict[str, Any]] = []
        page = self.request("GET", path, what, params=params)
        while True:
            rows += page.get("value") or []
            link = page.get("@odata.nextLink")
            if not link:
                return rows
            page = self.request("GET", link, what)

    def request(self, method: str, path: str, what: str, *, params: dict[str, str] | None = None,
                body: dict[str, Any] | None = None, headers: dict[str, str] | None = None) -> dict[str, Any]:
        url = path if path.startswith("https://") or path.startswith("http://") else self.base_url + path
        refreshed = False
        attempt = 0
        while True:
            attempt += 1
            token = self.tokens.access_token
            sent = {"Accept": "application/json", "OData-MaxVersion": "4.0", "OData-Version": "4.0",
                    "Prefer": f"odata.maxpagesize={PAGE_SIZE}", "Authorization": "Bearer " + token,
                    **({"Content-Type": "application/json"} if body is not None else {}), **(headers or {})}
            try:
                response = self.http.request(method, url, params=params, headers=sent, timeout=self.timeout,
                                             data=json.dumps(body) if body is not None else None)
            except (requests.ConnectionError, requests.Timeout) as exc:
                if attempt >= self.max_attempts:
                    raise DataverseError(f"Dataverse did not answer while trying to {what} ({type(exc).__name__}, "
                                         f"{attempt} attempts); it will be tried again") from None
                self._backoff(attempt, None)
                continue
            status = response.status_code
            if status == 401 and not refreshed:
                refreshed = True
                log.info("Dataverse answered 401 while trying to %s: getting a new token once", what)
                self.tokens.refresh(stale=token)
                continue
            if status in RETRY_STATUSES and attempt < self.max_attempts:
                log.warning("Dataverse answered %d while trying to %s; retrying (attempt %d)", status, what, attempt)
                self._backoff(attempt, response.headers.get("Retry-After"))
                continue
            data = _json(response)
            if 200 <= status < 300:
                return data
            raise dataverse_error(what, status, data, attempt)

    def _backoff(self, attempt: int, retry_after: str | None) -> None:
        delay = None
        if retry_after:
            try:
                delay = min(float(retry_after), 300.0)  # service protection asks for up to minutes
            except ValueError:
                delay = None
        if delay is None:
            ceiling = min(self.backoff_cap, self.backoff_base * (2 ** (attempt - 1)))
            delay = ceiling / 2 + self._jitter() * ceiling / 2
        self._sleep(delay)


def _json(response: requests.Response) -> dict[str, Any]:
    try:
        data = json.loads(response.content or b"{}", parse_float=Decimal)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {"value": data}


def dataverse_error(what: str, status: int, data: dict[str, Any], attempts: int = 1) -> DataverseError:
    """Dataverse's `{"error": {"code", "message"}}` as one line."""
    error = data.get("error") if isinstance(data.get("error"), dict) else {}
    message = str(error.get("message") or "no message").splitlines()[0]
    code = error.get("code")
    if status == 401:
        return DataverseError(f"Dataverse refused the token while trying to {what} (HTTP 401): {message}; is the app "
                              "an application user of this environment?", status=401, code=code)
    if status == 403:
        return DataverseError(f"Dataverse refused to {what} (HTTP 403: the application user's security role lacks "
                              f"the privilege): {message}", status=403, code=code)
    if status == 429:
        return DataverseError(f"Dataverse is still throttling after {attempts} attempts while trying to {what}: "
                              f"{message}", status=429, code=code)
    return DataverseError(f"Dataverse refused to {what} (HTTP {status}{', ' + code if code else ''}): {message}",
                          status=status, code=code)
