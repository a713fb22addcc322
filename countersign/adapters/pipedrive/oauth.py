"""Pipedrive OAuth 2.0: `countersign connect pipedrive` and the token refresh.

An API token needs none of this (`COUNTERSIGN_PIPEDRIVE_API_TOKEN`; `connect` checks it). An OAuth
app uses the authorization-code flow at oauth.pipedrive.com: consent, the redirect URL read back,
the CSRF state checked, the code traded for tokens (HTTP Basic with the app's client id and
secret), stored encrypted with the company's `api_domain` (adapters/crm_tokens.py). Access
tokens last an hour; refreshing may rotate the refresh token, which is saved every time.
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

import httpx

from countersign.adapters.crm_tokens import CRMTokenSet, CRMTokenStore, OAuthTokens
from countersign.adapters.pipedrive.client import pipedrive_error
from countersign.ports import CRMError

OAUTH_URL = "https://oauth.pipedrive.com"
CONNECT = "countersign connect pipedrive"


def _secret(value: Any) -> str | None:
    if value is None:
        return None
    return value.get_secret_value() if hasattr(value, "get_secret_value") else str(value)


def token_path(data_dir: Path) -> Path:
    return Path(data_dir) / "pipedrive-tokens.enc"


def token_store(settings) -> CRMTokenStore:
    return CRMTokenStore(token_path(settings.data_dir), _secret(settings.token_key), system="Pipedrive",
                         connect=CONNECT)


def _app(settings) -> tuple[str, str]:
    client_id, secret = settings.pipedrive_client_id, _secret(settings.pipedrive_client_secret)
    if not client_id or not secret:
        raise CRMError("COUNTERSIGN_PIPEDRIVE_CLIENT_ID and COUNTERSIGN_PIPEDRIVE_CLIENT_SECRET must be set for OAuth "
                       "(Developer Hub > your app > OAuth & access scopes), or set COUNTERSIGN_PIPEDRIVE_API_TOKEN")
    return client_id, secret


def _token_call(settings, what: str, form: dict[str, str], http: httpx.Client | None = None) -> dict[str, Any]:
    client_id, secret = _app(settings)
    client = http or httpx.Client(timeout=30.0)
    try:
        response = client.post(f"{OAUTH_URL}/oauth/token", data=form, auth=(client_id, secret))
    except httpx.TransportError as exc:
        raise CRMError(f"Pipedrive's OAuth server did not answer while trying to {what} ({type(exc).__name__})"
                       ) from None
    try:
        data = json.loads(response.content or b"{}", parse_float=Decimal)
    except ValueError:
        data = {}
    if response.status_code != 200:
        raise pipedrive_error(what, response.status_code, data if isinstance(data, dict) else {})
    return data


def refresh_exchange(settings) -> Callable[[str], dict[str, Any]]:
    _app(settings)

    def exchange(refresh_token: str) -> dict[str, Any]:
        try:
            return _token_call(settings, "refresh the OAuth token",
                               {"grant_type": "refresh_token", "refresh_token": refresh_token})
        except CRMError as exc:
            raise CRMError(f"{exc}; the connection was revoked or expired: run `{CONNECT}` again") from None

    return exchange


def oauth_tokens(settings, *, clock: Callable[[], datetime] | None = None) -> OAuthTokens:
    options = {"clock": clock} if clock else {}
    return OAuthTokens(token_store(settings), refresh_exchange(settings), extra_keys=("api_domain",), **options)


def connect_flow(settings, open_browser: Callable[[str], object] = webbrowser.open,
                 read_redirect: Callable[[str], str] | None = None, *,
                 clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc)) -> CRMTokenSet:
    """Run the authorization-code flow once and store the tokens encrypted; returns them (no secret in repr)."""
    store = token_store(settings)
    client_id, _ = _app(settings)
    state = secrets.token_urlsafe(24)
    url = f"{OAUTH_URL}/oauth/authorize?" + urlencode({"client_id": client_id, "state": state,
                                                       "redirect_uri": settings.pipedrive_redirect_uri})
    open_browser(url)
    redirect = (read_redirect or _ask_for_redirect)(url)
    query = parse_qs(urlparse(redirect.strip()).query)
    if "error" in query:
        raise CRMError(f"Pipedrive consent was not given: {query['error'][0]}")
    if query.get("state", [None])[0] != state:
        raise CRMError("the redirect's state does not match this request (possible CSRF); start again")
    code = query.get("code", [None])[0]
    if not code:
        raise CRMError("the redirect URL carries no code; paste the whole URL the browser landed on")
    data = _token_call(settings, "trade the authorization code for tokens",
                       {"grant_type": "authorization_code", "code": code,
                        "redirect_uri": settings.pipedrive_redirect_uri})
    tokens = CRMTokenSet.from_response(data, now=clock(), extra_keys=("api_domain",))
    store.save(tokens)
    return tokens


def _ask_for_redirect(url: str) -> str:
    print("Open this URL, approve access, then paste the URL your browser was redirected to:")
    print(url)
    return input("redirect URL: ")
