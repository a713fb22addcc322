"""Xero OAuth 2.0: the authorization-code flow of `countersign connect xero`, and token refresh.

`connect_flow` opens Xero's consent page, reads the redirect back (the URL the browser lands
on), checks the CSRF state, trades the code for tokens, asks Xero's connections endpoint which
organisation (tenant) was connected, and stores the tokens encrypted with that tenant id.
`xero_tokens` is the API client's token source: it refreshes on expiry or a 401 and persists
the rotated refresh token every time (Xero's refresh tokens are single use).

Xero apps created from 2 March 2026 must ask for granular scopes (`accounting.invoices`,
`accounting.contacts`…); older apps may keep `accounting.transactions` until September 2027.
`COUNTERSIGN_XERO_SCOPES` says which; the default is the granular set.
"""

from __future__ import annotations

import logging
import secrets
import webbrowser
from datetime import datetime, timedelta, timezone
from typing import Callable
from urllib.parse import parse_qs, urlencode, urlparse

import requests

from countersign.adapters.tokens import StoredTokens, TokenSet, TokenStore, secret, token_path
from countersign.adapters.xero.client import XeroClient, XeroError
from countersign.ports import ERPError

log = logging.getLogger(__name__)

AUTHORIZE_URL = "https://login.xero.com/identity/connect/authorize"
IDENTITY_URL = "https://identity.xero.com"
DEFAULT_SCOPES = ("offline_access accounting.invoices accounting.payments accounting.contacts "
                  "accounting.attachments accounting.settings.read")

Clock = Callable[[], datetime]


class XeroAuthError(ERPError):
    """The consent, the token exchange or a refresh failed; the message says what to do."""


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


def token_store(settings) -> TokenStore:
    return TokenStore(token_path(settings.data_dir, "xero"), secret(settings.token_key), system="Xero",
                      connect="xero")


def _app(settings) -> tuple[str, str]:
    client_secret = secret(settings.xero_client_secret)
    if not settings.xero_client_id or not client_secret:
        raise XeroAuthError("COUNTERSIGN_XERO_CLIENT_ID and COUNTERSIGN_XERO_CLIENT_SECRET must be set "
                            "(developer.xero.com > My Apps > your app > Configuration)")
    return settings.xero_client_id, client_secret


def _token_request(settings, form: dict[str, str], http=requests) -> dict:
    """POST to Xero's token endpoint with the app's credentials (HTTP Basic); the JSON answer."""
    client_id, client_secret = _app(settings)
    url = (settings.xero_identity_url or IDENTITY_URL).rstrip("/") + "/connect/token"
    try:
        response = http.post(url, data=form, auth=(client_id, client_secret), timeout=(10, 30),
                             headers={"Accept": "application/json"})
    except requests.RequestException as exc:
        raise XeroAuthError(f"cannot reach Xero's token endpoint ({type(exc).__name__})") from None
    if response.status_code != 200:
        try:
            error = response.json().get("error", "")
        except ValueError:
            error = ""
        raise XeroAuthError(f"Xero refused the {form['grant_type'].replace('_', ' ')} "
                            f"(HTTP {response.status_code}{': ' + error if error else ''})")
    return response.json()


def _token_set(answer: dict, tenant_id: str, now: datetime, previous_refresh: str = "") -> TokenSet:
    return TokenSet(realm_id=tenant_id, access_token=answer["access_token"],
                    refresh_token=answer.get("refresh_token") or previous_refresh,
                    access_expires_at=now + timedelta(seconds=int(answer.get("expires_in") or 1800)),
                    refresh_expires_at=now + timedelta(days=60), updated_at=now)


def xero_tokens(settings, *, clock: Clock = _utcnow, http=requests) -> StoredTokens:
    """The client's token source: refreshes with the stored refresh token, persists the new one."""

    def refresh(current: TokenSet) -> TokenSet:
        try:
            answer = _token_request(settings, {"grant_type": "refresh_token",
                                               "refresh_token": current.refresh_token}, http)
        except XeroAuthError as exc:
            raise XeroAuthError(f"{exc}; the connection was revoked or expired: run `countersign connect xero` "
                                "again") from None
        return _token_set(answer, current.realm_id, clock(), current.refresh_token)

    return StoredTokens(token_store(settings), refresh, clock=clock)


class _Static:
    def __init__(self, token: str):
        self.access_token = token

    def refresh(self) -> str:
        raise XeroAuthError("Xero refused the new access token")


def connect_flow(settings, open_browser: Callable[[str], object] = webbrowser.open,
                 read_redirect: Callable[[str], str] | None = None, *, clock: Clock = _utcnow,
                 http=requests) -> TokenSet:
    """Run the authorization-code flow once, find the tenant, store the tokens; returns them."""
    store = token_store(settings)  # fail on a missing or bad key before the user consents
    client_id, _ = _app(settings)
    state = secrets.token_urlsafe(24)
    url = AUTHORIZE_URL + "?" + urlencode({
        "response_type": "code", "client_id": client_id, "redirect_uri": settings.xero_redirect_uri,
        "scope": settings.xero_scopes, "state": state})
    open_browser(url)
    redirect = (read_redirect or _ask_for_redirect)(url)
    query = parse_qs(urlparse(redirect.strip()).query)
    if "error" in query:
        raise XeroAuthError(f"Xero consent was not given: {query['error'][0]}")
    if query.get("state", [None])[0] != state:
        raise XeroAuthError("the redirect's state does not match this request (possible CSRF); start again")
    code = query.get("code", [None])[0]
    if not code:
        raise XeroAuthError("the redirect URL carries no code; paste the whole URL the browser landed on")
    answer = _token_request(settings, {"grant_type": "authorization_code", "code": code,
                                       "redirect_uri": settings.xero_redirect_uri}, http)
    tenant_id, tenant_name = _pick_tenant(settings, answer["access_token"])
    tokens = _token_set(answer, tenant_id, clock())
    store.save(tokens)
    log.info("Xero organisation %s connected; tokens stored encrypted at %s", tenant_name, store.path)
    return tokens


def _pick_tenant(settings, access_token: str) -> tuple[str, str]:
    """The organisation this consent connected: COUNTERSIGN_XERO_TENANT_ID if set, else the only one."""
    client = XeroClient(tenant_id="", tokens=_Static(access_token), api_base=settings.xero_api_url or
                        "https://api.xero.com", max_attempts=3)
    try:
        connections = client.identity().get_connections() or []
    except XeroError:
        raise
    except Exception as exc:  # noqa: BLE001 - the SDK's status exceptions: one clear error
        raise XeroAuthError(f"Xero's connections endpoint refused the new token ({type(exc).__name__})") from None
    orgs = [(str(c.tenant_id), c.tenant_name or "") for c in connections if (c.tenant_type or "") == "ORGANISATION"]
    if settings.xero_tenant_id:
        match = [o for o in orgs if o[0] == settings.xero_tenant_id]
        if not match:
            raise XeroAuthError(f"COUNTERSIGN_XERO_TENANT_ID is {settings.xero_tenant_id}, but this consent "
                                f"connected {', '.join(f'{n} ({t})' for t, n in orgs) or 'no organisation'}")
        return match[0]
    if len(orgs) != 1:
        listed = ", ".join(f"{n} ({t})" for t, n in orgs) or "none"
        raise XeroAuthError(f"this consent connected {len(orgs)} organisations ({listed}); set "
                            "COUNTERSIGN_XERO_TENANT_ID to the one countersign posts to and connect again")
    return orgs[0]


def _ask_for_redirect(url: str) -> str:
    print("Open this URL, approve access, then paste the URL your browser was redirected to:")
    print(url)
    return input("redirect URL: ")
