"""QuickBooks OAuth 2.0 with intuit-oauth: the authorization-code flow and token refresh.

`connect_flow` is what `countersign connect quickbooks` runs: open the consent page, read the
redirect back (the URL the browser lands on), check the CSRF state, trade the code for tokens
and store them encrypted. `QBOTokens` hands the API client a valid access token and refreshes
it when it expires or QuickBooks answers 401, persisting the NEW refresh token every time
(Intuit rotates it; the old one stops working).

`AuthClient()` fetches Intuit's OpenID discovery document in its constructor, so it is built
lazily (only to connect or refresh), and `qbo_discovery_url` lets tests serve the document locally.
"""

from __future__ import annotations

import logging
import secrets
import threading
import webbrowser
from datetime import datetime, timezone
from typing import Callable
from urllib.parse import parse_qs, urlparse

from countersign.adapters.quickbooks.tokens import TokenSet, TokenStore, TokenStoreError, default_token_path
from countersign.ports import ERPError

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


class QBOAuthError(ERPError):
    """The consent or the token exchange failed; the message says what to do."""


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


def _secret(value) -> str | None:
    if value is None:
        return None
    return value.get_secret_value() if hasattr(value, "get_secret_value") else str(value)


def token_store_from_settings(settings) -> TokenStore:
    return TokenStore(default_token_path(settings.data_dir), _secret(settings.token_key))


def make_auth_client(settings, **tokens):
    """An intuitlib AuthClient for the configured app (one GET for the discovery document)."""
    from intuitlib.client import AuthClient

    if not settings.qbo_client_id or not _secret(settings.qbo_client_secret):
        raise QBOAuthError("COUNTERSIGN_QBO_CLIENT_ID and COUNTERSIGN_QBO_CLIENT_SECRET must be set "
                           "(developer.intuit.com > your app > Keys & credentials)")
    environment = settings.qbo_discovery_url or settings.qbo_environment
    try:
        return AuthClient(settings.qbo_client_id, _secret(settings.qbo_client_secret), settings.qbo_redirect_uri,
                          environment, **tokens)
    except Exception as exc:  # noqa: BLE001 - discovery failed (network, DNS, a non-200): one clear QBOAuthError
        raise QBOAuthError(f"cannot reach Intuit's OpenID discovery document ({type(exc).__name__})") from None


def connect_flow(
    settings,
    open_browser: Callable[[str], object] = webbrowser.open,
    read_redirect: Callable[[str], str] | None = None,
    *,
    clock: Clock = _utcnow,
    auth_client=None,
) -> TokenSet:
    """Run the authorization-code flow once and store the tokens; returns them (repr shows no secret).

    `open_browser(url)` shows the consent page; `read_redirect(url)` returns the full redirect URL
    the browser landed on (by default it asks for it on the terminal).
    """
    from intuitlib.enums import Scopes
    from intuitlib.exceptions import AuthClientError

    store = token_store_from_settings(settings)  # fail on a missing/bad key before the user consents
    client = auth_client or make_auth_client(settings)
    state = secrets.token_urlsafe(24)
    url = client.get_authorization_url([Scopes.ACCOUNTING], state_token=state)
    open_browser(url)
    redirect = (read_redirect or _ask_for_redirect)(url)
    query = parse_qs(urlparse(redirect.strip()).query)
    if "error" in query:
        raise QBOAuthError(f"QuickBooks consent was not given: {query['error'][0]}")
    if query.get("state", [None])[0] != state:
        raise QBOAuthError("the redirect's state does not match this request (possible CSRF); start again")
    code = query.get("code", [None])[0]
    realm_id = query.get("realmId", [None])[0]
    if not code or not realm_id:
        raise QBOAuthError("the redirect URL carries no code and realmId; paste the whole URL the browser landed on")
    if settings.qbo_realm_id and settings.qbo_realm_id != realm_id:
        raise QBOAuthError(f"you connected company {realm_id}, but COUNTERSIGN_QBO_REALM_ID is {settings.qbo_realm_id}")
    try:
        client.get_bearer_token(code, realm_id=realm_id)
    except AuthClientError as exc:
        raise QBOAuthError(f"Intuit refused the authorization code (HTTP {getattr(exc, 'status_code', '?')}); "
                           "start again, codes expire after a few minutes") from None
    tokens = TokenSet.from_auth_client(client, realm_id=realm_id, now=clock())
    store.save(tokens)
    log.info("QuickBooks company %s connected; tokens stored encrypted at %s", realm_id, store.path)
    return tokens


def _ask_for_redirect(url: str) -> str:
    print("Open this URL, approve access, then paste the URL your browser was redirected to:")
    print(url)
    return input("redirect URL: ")


class QBOTokens:
    """The client's token source: current access token; refresh on expiry or 401; persist each rotation."""

    def __init__(self, store: TokenStore, auth_client_factory: Callable[..., object], *, clock: Clock = _utcnow):
        self.store = store
        self._auth_client_factory = auth_client_factory
        self._clock = clock
        self._lock = threading.Lock()
        self._tokens: TokenSet | None = None

    @classmethod
    def from_settings(cls, settings, *, clock: Clock = _utcnow) -> "QBOTokens":
        return cls(token_store_from_settings(settings), lambda **kw: make_auth_client(settings, **kw), clock=clock)

    @property
    def tokens(self) -> TokenSet:
        if self._tokens is None:
            self._tokens = self.store.load()
        return self._tokens

    @property
    def realm_id(self) -> str:
        return self.tokens.realm_id

    @property
    def access_token(self) -> str:
        tokens = self.tokens
        if tokens.access_valid(self._clock()):
            return tokens.access_token
        return self.refresh(stale=tokens.access_token)

    def refresh(self, stale: str | None = None) -> str:
        """New access (and refresh) token from Intuit, saved before it is used.

        `stale` is the access token that failed or expired; when another thread or process has
        already replaced it (seen under the file lock), its tokens are used instead of refreshing again.
        """
        from intuitlib.exceptions import AuthClientError

        stale = stale if stale is not None else (self._tokens.access_token if self._tokens else None)
        with self._lock, self.store.locked():
            current = self.store.load()
            if stale is not None and current.access_token != stale and current.access_valid(self._clock()):
                self._tokens = current
                return current.access_token
            client = self._auth_client_factory(refresh_token=current.refresh_token, realm_id=current.realm_id)
            try:
                client.refresh(refresh_token=current.refresh_token)
            except AuthClientError as exc:
                raise QBOAuthError(
                    f"Intuit refused to refresh the QuickBooks token (HTTP {getattr(exc, 'status_code', '?')}); "
                    "the connection was revoked or expired: run `countersign connect quickbooks` again") from None
            fresh = TokenSet.from_auth_client(client, realm_id=current.realm_id, now=self._clock())
            if not fresh.refresh_token:
                fresh = fresh.with_(refresh_token=current.refresh_token)
            self.store.save(fresh)  # persist the NEW refresh token every time, before anything else
            self._tokens = fresh
            log.info("QuickBooks access token refreshed for company %s", current.realm_id)
            return fresh.access_token


__all__ = ["QBOAuthError", "QBOTokens", "TokenStoreError", "connect_flow", "make_auth_client",
           "token_store_from_settings", "default_token_path"]
