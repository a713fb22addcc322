"""HubSpot OAuth 2.0: `countersign connect hubspot` and the token refresh.

A private-app (or service-key) token needs none of this: it is set in
`COUNTERSIGN_HUBSPOT_ACCESS_TOKEN` and `connect` only checks that it works. A public app uses the
authorization-code flow: `connect_flow` opens HubSpot's consent page, reads back the URL the
browser was redirected to, checks the CSRF state, trades the code for tokens (hubspot-api-client's
`oauth.tokens_api`) and stores them encrypted (adapters/crm_tokens.py). Access tokens last about
30 minutes; `refresh_exchange` is what `OAuthTokens` calls to get a new one, and HubSpot's
answer may rotate the refresh token, which is saved every time.
"""

from __future__ import annotations

import json
import secrets
import webbrowser
from collections.abc import Callable
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlparse

from countersign.adapters.crm_tokens import CRMTokenSet, CRMTokenStore, OAuthTokens
from countersign.adapters.hubspot.client import _api_exceptions, hubspot_error
from countersign.ports import CRMError

AUTHORIZE_URL = "https://app.hubspot.com/oauth/authorize"
SCOPES = ("oauth crm.objects.deals.read crm.objects.deals.write crm.objects.line_items.read "
          "crm.objects.companies.read crm.objects.products.read crm.schemas.deals.read crm.schemas.deals.write")
CONNECT = "countersign connect hubspot"


def _secret(value: Any) -> str | None:
    if value is None:
        return None
    return value.get_secret_value() if hasattr(value, "get_secret_value") else str(value)


def token_path(data_dir: Path) -> Path:
    return Path(data_dir) / "hubspot-tokens.enc"


def token_store(settings) -> CRMTokenStore:
    return CRMTokenStore(token_path(settings.data_dir), _secret(settings.token_key), system="HubSpot", connect=CONNECT)


def _app(settings) -> tuple[str, str]:
    client_id, secret = settings.hubspot_client_id, _secret(settings.hubspot_client_secret)
    if not client_id or not secret:
        raise CRMError("COUNTERSIGN_HUBSPOT_CLIENT_ID and COUNTERSIGN_HUBSPOT_CLIENT_SECRET must be set for OAuth "
                       "(your HubSpot app > Auth), or set COUNTERSIGN_HUBSPOT_ACCESS_TOKEN to a private-app token")
    return client_id, secret


def _token_call(what: str, **form: str) -> dict[str, Any]:
    """POST /oauth/v1/token through the SDK, without a bearer token."""
    from hubspot import Client

    try:
        response = Client().oauth.tokens_api.create(**form, _preload_content=False)
    except _api_exceptions() as exc:
        raise hubspot_error(what, getattr(exc, "status", None), getattr(exc, "body", None)) from None
    return json.loads(response.data, parse_float=Decimal)


def refresh_exchange(settings) -> Callable[[str], dict[str, Any]]:
    client_id, secret = _app(settings)

    def exchange(refresh_token: str) -> dict[str, Any]:
        try:
            return _token_call("refresh the OAuth token", grant_type="refresh_token", client_id=client_id,
                               client_secret=secret, refresh_token=refresh_token)
        except CRMError as exc:
            raise CRMError(f"{exc}; the connection was revoked or expired: run `{CONNECT}` again") from None

    return exchange


def oauth_tokens(settings, *, clock: Callable[[], datetime] | None = None) -> OAuthTokens:
    options = {"clock": clock} if clock else {}
    return OAuthTokens(token_store(settings), refresh_exchange(settings), extra_keys=("hub_id",), **options)


def connect_flow(settings, open_browser: Callable[[str], object] = webbrowser.open,
                 read_redirect: Callable[[str], str] | None = None, *,
                 clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc)) -> CRMTokenSet:
    """Run the authorization-code flow once and store the tokens encrypted; returns them (no secret in repr)."""
    store = token_store(settings)  # a missing or bad key fails before anyone consents
    client_id, secret = _app(settings)
    state = secrets.token_urlsafe(24)
    url = AUTHORIZE_URL + "?" + urlencode({"client_id": client_id, "redirect_uri": settings.hubspot_redirect_uri,
                                           "scope": SCOPES, "state": state})
    open_browser(url)
    redirect = (read_redirect or _ask_for_redirect)(url)
    query = parse_qs(urlparse(redirect.strip()).query)
    if "error" in query:
        raise CRMError(f"HubSpot consent was not given: {query['error'][0]}")
    if query.get("state", [None])[0] != state:
        raise CRMError("the redirect's state does not match this request (possible CSRF); start again")
    code = query.get("code", [None])[0]
    if not code:
        raise CRMError("the redirect URL carries no code; paste the whole URL the browser landed on")
    data = _token_call("trade the authorization code for tokens", grant_type="authorization_code", code=code,
                       redirect_uri=settings.hubspot_redirect_uri, client_id=client_id, client_secret=secret)
    tokens = CRMTokenSet.from_response(data, now=clock(), extra_keys=("hub_id",))
    store.save(tokens)
    return tokens


def _ask_for_redirect(url: str) -> str:
    print("Open this URL, approve access, then paste the URL your browser was redirected to:")
    print(url)
    return input("redirect URL: ")
