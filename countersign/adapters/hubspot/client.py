"""HubSpotAPI: hubspot-api-client calls with throttling, one token refresh, and our error type.

* every call builds the SDK's `Client` with the current access token (so a refreshed token is
  used at once) and a urllib3 `Retry`: 429 and 5xx are retried with exponential backoff, and a
  `Retry-After` header is honoured (HubSpot's limits are per 10 s and per day; its 429 says which
  in `policyName`); a 429 left over after the retries is a CRMError naming the policy;
* 401 → the token source refreshes once (OAuth) and the call is sent again; a private-app token
  cannot be refreshed, so its 401 is a CRMError saying which setting to check;
* every other refusal is a CRMError with HubSpot's own `message` (and the scopes it wants, for
  403 MISSING_SCOPES); a connection that never answered is a CRMError too.

Responses are read raw (`_preload_content=False`) and parsed with `parse_float=Decimal`: HubSpot
sends property values as strings anyway, and nothing numeric becomes a float on the way.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from urllib3.exceptions import HTTPError
from urllib3.util.retry import Retry

from countersign.adapters.tokens import TokenSource
from countersign.ports import CRMError

log = logging.getLogger(__name__)

RETRY_STATUSES = (429, 500, 502, 503, 504)


def default_retry(total: int = 5, backoff_factor: float = 1.0, backoff_max: float = 30.0) -> Retry:
    """Retries for 429 and 5xx on every method (a 429 was not processed; writes here set values,
    so repeating one is harmless), honouring Retry-After."""
    return Retry(total=total, connect=3, read=2, status=total, backoff_factor=backoff_factor,
                 backoff_max=backoff_max, status_forcelist=RETRY_STATUSES, allowed_methods=None,
                 respect_retry_after_header=True, raise_on_status=False)


def _api_exceptions() -> tuple[type[BaseException], ...]:
    """Each generated package of the SDK has its own ApiException class; these are the ones we call."""
    from hubspot.crm.associations.v4.exceptions import ApiException as Associations
    from hubspot.crm.companies.exceptions import ApiException as Companies
    from hubspot.crm.deals.exceptions import ApiException as Deals
    from hubspot.crm.line_items.exceptions import ApiException as LineItems
    from hubspot.crm.pipelines.exceptions import ApiException as Pipelines
    from hubspot.crm.products.exceptions import ApiException as Products
    from hubspot.crm.properties.exceptions import ApiException as Properties
    from hubspot.oauth.exceptions import ApiException as OAuth

    return (Associations, Companies, Deals, LineItems, Pipelines, Products, Properties, OAuth)


class HubSpotError(CRMError):
    """HubSpot refused; `str()` is HubSpot's own message with what was being done."""

    def __init__(self, message: str, *, status: int | None = None, category: str | None = None):
        super().__init__(message)
        self.status = status
        self.category = category


class HubSpotAPI:
    """Constructed without any network call; `call` runs one SDK call (see the module docstring)."""

    def __init__(self, tokens: TokenSource, *, retry: Retry | None = None, host: str | None = None):
        self.tokens = tokens
        self.retry = retry if retry is not None else default_retry()
        self.host = host  # only tests point it elsewhere; the cassettes replay api.hubapi.com

    def client(self):
        from hubspot import Client

        options = {"host": self.host} if self.host else {}
        return Client(access_token=self.tokens.access_token, retry=self.retry, **options)

    def call(self, what: str, send: Callable[[Any], Any]) -> Any:
        """`send(client)` makes one SDK call with `_preload_content=False`; returns the parsed JSON."""
        errors = _api_exceptions()
        refreshed = False
        while True:
            client = self.client()
            token = client.access_token
            try:
                response = send(client)
            except errors as exc:
                status = getattr(exc, "status", None)
                if status == 401 and not refreshed:
                    refreshed = True
                    log.info("HubSpot answered 401 while trying to %s: refreshing the token once", what)
                    self.tokens.refresh(stale=token)
                    continue
                raise hubspot_error(what, status, getattr(exc, "body", None)) from None
            except HTTPError as exc:
                raise HubSpotError(f"HubSpot did not answer while trying to {what} ({type(exc).__name__}); "
                                   "it will be tried again") from None
            data = response.data if hasattr(response, "data") else response
            if not data:
                return {}
            return json.loads(data, parse_float=Decimal)


def hubspot_error(what: str, status: int | None, body: Any) -> HubSpotError:
    """HubSpot's error body (`{"status":"error","message","category","errors":[…]}`) as one line."""
    try:
        data = json.loads(body) if body else {}
    except (TypeError, ValueError):
        data = {}
    if not isinstance(data, dict):
        data = {}
    message = str(data.get("message") or "no message")
    category = data.get("category")
    if status == 401:
        return HubSpotError(f"HubSpot refused the token while trying to {what} (HTTP 401) even after a refresh: "
                            f"{message}; run `countersign connect hubspot` again", status=401, category=category)
    if status == 403 and category == "MISSING_SCOPES":
        scopes = sorted({s for e in data.get("errors") or [] for key in ("requiredGranularScopes", "requiredScopes")
                         for s in ((e.get("context") or {}).get(key) or [])})
        wanted = ", ".join(scopes) or "the scope named in HubSpot's message"
        return HubSpotError(f"the HubSpot token lacks the scope {wanted} needed to {what}: add it to the private "
                            f"app (or the OAuth app's scopes, then connect again). HubSpot said: {message}",
                            status=403, category=category)
    if status == 429:
        policy = data.get("policyName") or "rate limit"
        return HubSpotError(f"HubSpot is still throttling after the retries ({policy}) while trying to {what}: "
                            f"{message}", status=429, category=category)
    return HubSpotError(f"HubSpot refused to {what} (HTTP {status}): {message}", status=status, category=category)
