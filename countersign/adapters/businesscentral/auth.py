"""Business Central authentication: Microsoft Entra ID client credentials through msal (service to
service: no user, no refresh token), and `countersign connect businesscentral`.

The app registration's client id and secret are traded at the tenant's token endpoint for an
access token to `https://api.businesscentral.dynamics.com/.default` (about an hour). On expiry or
a 401 a new one is minted the same way. `connect businesscentral` mints the first one, checks the
company id against the environment's companies (listing them when it is not set), and stores the
token encrypted.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone
from typing import Callable

import requests

from countersign.adapters.businesscentral.client import API_HOST, BCClient, BCError, is_guid
from countersign.adapters.tokens import StoredTokens, TokenSet, TokenStore, secret, token_path
from countersign.ports import ERPError

log = logging.getLogger(__name__)

LOGIN_HOST = "https://login.microsoftonline.com"
SCOPE = "https://api.businesscentral.dynamics.com/.default"
Clock = Callable[[], datetime]


class BCAuthError(ERPError):
    """Minting a token failed; the message says what to do."""


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


def token_store(settings) -> TokenStore:
    return TokenStore(token_path(settings.data_dir, "businesscentral"), secret(settings.token_key),
                      system="Business Central", connect="businesscentral")


def require(settings) -> None:
    missing = [name for name, value in (("COUNTERSIGN_BC_TENANT_ID", settings.bc_tenant_id),
                                        ("COUNTERSIGN_BC_CLIENT_ID", settings.bc_client_id),
                                        ("COUNTERSIGN_BC_CLIENT_SECRET", secret(settings.bc_client_secret)))
               if not value]
    if missing:
        raise BCAuthError(f"{', '.join(missing)} must be set (the Microsoft Entra app registration that Business "
                          "Central's Microsoft Entra Applications page grants permissions to)")


class _LocalLogin(requests.Session):
    """Tests only: msal insists on an https authority; this sends its requests to a local stub."""

    def __init__(self, target: str):
        super().__init__()
        self.target = target.rstrip("/")

    def request(self, method, url, *args, **kwargs):  # type: ignore[override]
        if str(url).startswith(LOGIN_HOST):
            url = self.target + str(url)[len(LOGIN_HOST):]
        return super().request(method, url, *args, **kwargs)


def mint(settings, *, now: Clock = _utcnow) -> TokenSet:
    """A new access token from the client credentials (msal)."""
    import msal

    require(settings)
    moment = now()
    login = settings.bc_login_url
    http = _LocalLogin(login) if login and not login.startswith("https://") else None
    authority = f"{(login if login and http is None else LOGIN_HOST).rstrip('/')}/{settings.bc_tenant_id}"
    try:
        app = msal.ConfidentialClientApplication(
            settings.bc_client_id, client_credential=secret(settings.bc_client_secret), authority=authority,
            http_client=http, token_cache=msal.TokenCache(),
            **({"instance_discovery": False} if http is not None else {}))  # a local stub has no instance metadata
        answer = app.acquire_token_for_client(scopes=[SCOPE])
    except (ValueError, requests.RequestException, msal.exceptions.MsalError) as exc:
        raise BCAuthError(f"cannot reach Microsoft Entra ID for tenant {settings.bc_tenant_id} "
                          f"({type(exc).__name__})") from None
    if "access_token" not in answer:
        raise BCAuthError(f"Microsoft Entra ID refused the client credentials ({answer.get('error', 'no token')}); "
                          "check the client id and secret, and that the app is granted in Business Central")
    return TokenSet(realm_id=settings.bc_tenant_id, access_token=answer["access_token"], refresh_token="",
                    access_expires_at=moment + timedelta(seconds=int(answer.get("expires_in") or 3600)),
                    updated_at=moment)


def bc_tokens(settings, *, clock: Clock = _utcnow) -> StoredTokens:
    return StoredTokens(token_store(settings), lambda _current: mint(settings, now=clock), clock=clock)


def connect_flow(settings, *, clock: Clock = _utcnow) -> TokenSet:
    """Mint a first token, check the company, store the token."""
    store = token_store(settings)  # fail on a missing or bad key first
    require(settings)
    tokens = mint(settings, now=clock)

    class _Fixed:
        access_token = tokens.access_token

        def refresh(self) -> str:
            raise BCAuthError("Business Central refused a token just minted; check the app's permissions")

    root = f"{(settings.bc_api_url or API_HOST).rstrip('/')}/v2.0/{settings.bc_tenant_id}/{settings.bc_environment}"
    probe = BCClient(tenant_id=settings.bc_tenant_id, environment=settings.bc_environment,
                     company_id=settings.bc_company_id if is_guid(settings.bc_company_id)
                     else "00000000-0000-0000-0000-000000000000", tokens=_Fixed(), api_host=settings.bc_api_url,
                     max_attempts=2)
    try:
        companies = probe.rows(f"{root}/api/v2.0/companies", None, "listing companies")
    except BCError as exc:
        raise BCAuthError(f"the token works, but environment {settings.bc_environment!r} does not answer: "
                          f"{exc}") from None
    ids = {str(c.get("id")).lower(): str(c.get("name") or c.get("displayName")) for c in companies}
    if not settings.bc_company_id or str(settings.bc_company_id).lower() not in ids:
        listing = "; ".join(f"{cid} ({name})" for cid, name in ids.items()) or "none"
        raise BCAuthError(f"set COUNTERSIGN_BC_COMPANY_ID to one of this environment's companies: {listing}")
    store.save(tokens)
    log.info("Business Central tenant %s connected (company %s); token stored encrypted at %s",
             settings.bc_tenant_id, ids[str(settings.bc_company_id).lower()], store.path)
    return tokens
