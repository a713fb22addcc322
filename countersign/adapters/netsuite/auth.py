"""NetSuite authentication, both kinds the REST web services take, and `countersign connect netsuite`.

* **OAuth 2.0 machine-to-machine** (`COUNTERSIGN_NETSUITE_AUTH=m2m`, the default; NetSuite's advice
  for new integrations): a JWT signed with the certificate's private key (PS256, `kid` = the
  certificate id NetSuite gave the mapping; RS256 is refused by NetSuite) is traded at
  `/services/rest/auth/oauth2/v1/token` for an access token of about an hour. There is no refresh
  token: a new one is minted from the certificate on expiry or a 401. `connect netsuite` mints the
  first one, proving the mapping works, and stores it encrypted.
* **Token-based authentication** (`=tba`, OAuth 1.0a): `connect netsuite` runs NetSuite's
  three-step TBA flow (request token, the user's consent in NetSuite, access token) with
  requests-oauthlib and stores the token id and secret encrypted; every request is then signed
  with HMAC-SHA256, realm = the account id. These tokens do not expire; a 401 means revoked.
"""

from __future__ import annotations

import logging
import uuid
import webbrowser
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable

import requests

from countersign.adapters.netsuite.client import host_of
from countersign.adapters.tokens import StoredTokens, TokenSet, TokenStore, secret, token_path
from countersign.ports import ERPError

log = logging.getLogger(__name__)

TOKEN_PATH = "/services/rest/auth/oauth2/v1/token"
Clock = Callable[[], datetime]


class NetSuiteAuthError(ERPError):
    """Minting a token or the TBA flow failed; the message says what to do."""


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


def token_store(settings) -> TokenStore:
    return TokenStore(token_path(settings.data_dir, "netsuite"), secret(settings.token_key), system="NetSuite",
                      connect="netsuite")


def base_url(settings) -> str:
    if not settings.netsuite_account_id:
        raise NetSuiteAuthError("COUNTERSIGN_NETSUITE_ACCOUNT_ID must be set (Setup > Company > Company "
                                "Information > Account ID, e.g. 1234567 or 1234567_SB1)")
    return (settings.netsuite_base_url or host_of(settings.netsuite_account_id)).rstrip("/")


# --------------------------------------------------------------------------- OAuth 2.0 M2M


def client_assertion(settings, now: float) -> str:
    """The signed JWT NetSuite trades for an access token (PS256, kid = certificate id)."""
    import jwt

    if not (settings.netsuite_client_id and settings.netsuite_certificate_id and settings.netsuite_private_key_file):
        raise NetSuiteAuthError("M2M needs COUNTERSIGN_NETSUITE_CLIENT_ID (the integration record's client id), "
                                "COUNTERSIGN_NETSUITE_CERTIFICATE_ID and COUNTERSIGN_NETSUITE_PRIVATE_KEY_FILE "
                                "(Setup > Integration > OAuth 2.0 Client Credentials (M2M) Setup)")
    try:
        key = Path(settings.netsuite_private_key_file).read_bytes()
    except OSError as exc:
        raise NetSuiteAuthError(f"cannot read COUNTERSIGN_NETSUITE_PRIVATE_KEY_FILE ({type(exc).__name__})") from None
    claims = {"iss": settings.netsuite_client_id, "scope": ["rest_webservices"], "aud": base_url(settings) + TOKEN_PATH,
              "iat": int(now), "exp": int(now) + 3600, "jti": str(uuid.uuid4())}
    try:
        return jwt.encode(claims, key, algorithm="PS256", headers={"kid": settings.netsuite_certificate_id})
    except (ValueError, TypeError) as exc:
        raise NetSuiteAuthError(f"the private key cannot sign a PS256 assertion ({type(exc).__name__}); "
                                "NetSuite wants an RSA (PS256) or EC key") from None


def mint(settings, *, now: Clock = _utcnow, http=requests) -> TokenSet:
    """A new M2M access token from the certificate."""
    moment = now()
    form = {"grant_type": "client_credentials",
            "client_assertion_type": "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            "client_assertion": client_assertion(settings, moment.timestamp())}
    try:
        response = http.post(base_url(settings) + TOKEN_PATH, data=form, timeout=(10, 30),
                             headers={"Accept": "application/json"})
    except requests.RequestException as exc:
        raise NetSuiteAuthError(f"cannot reach NetSuite's token endpoint ({type(exc).__name__})") from None
    if response.status_code != 200:
        try:
            error = response.json().get("error", "")
        except ValueError:
            error = ""
        raise NetSuiteAuthError(f"NetSuite refused the client credentials (HTTP {response.status_code}"
                                f"{': ' + error if error else ''}); check the certificate mapping and that "
                                "the integration's role may use REST web services")
    answer = response.json()
    return TokenSet(realm_id=settings.netsuite_account_id, access_token=answer["access_token"], refresh_token="",
                    access_expires_at=moment + timedelta(seconds=int(answer.get("expires_in") or 3600)),
                    updated_at=moment)


def m2m_tokens(settings, *, clock: Clock = _utcnow, http=requests) -> StoredTokens:
    return StoredTokens(token_store(settings), lambda _current: mint(settings, now=clock, http=http), clock=clock)


# --------------------------------------------------------------------------- TBA (OAuth 1.0a)


def _consumer(settings) -> tuple[str, str]:
    consumer_secret = secret(settings.netsuite_client_secret)
    if not settings.netsuite_client_id or not consumer_secret:
        raise NetSuiteAuthError("TBA needs COUNTERSIGN_NETSUITE_CLIENT_ID and COUNTERSIGN_NETSUITE_CLIENT_SECRET "
                                "(the integration record's consumer key and secret)")
    return settings.netsuite_client_id, consumer_secret


def oauth1(settings):
    """The request signer for TBA, from the stored token id and secret."""
    from requests_oauthlib import OAuth1

    consumer_key, consumer_secret = _consumer(settings)
    tokens = token_store(settings).load()
    if not tokens.extra.get("token_secret"):
        raise NetSuiteAuthError("the stored NetSuite tokens are not TBA tokens; run `countersign connect netsuite`")
    return OAuth1(consumer_key, consumer_secret, tokens.access_token, tokens.extra["token_secret"],
                  signature_method="HMAC-SHA256", realm=settings.netsuite_account_id)


def _ui_host(settings) -> str:
    if settings.netsuite_ui_url:
        return settings.netsuite_ui_url.rstrip("/")
    return f"https://{settings.netsuite_account_id.strip().lower().replace('_', '-')}.app.netsuite.com"


def _restlets_host(settings) -> str:
    if settings.netsuite_ui_url:
        return settings.netsuite_ui_url.rstrip("/")
    return f"https://{settings.netsuite_account_id.strip().lower().replace('_', '-')}.restlets.api.netsuite.com"


def tba_flow(settings, open_browser: Callable[[str], object], read_redirect: Callable[[str], str],
             now: datetime) -> TokenSet:
    """NetSuite's three-step TBA authorization: request token, consent, access token."""
    from oauthlib.oauth1 import SIGNATURE_HMAC_SHA256
    from requests_oauthlib import OAuth1Session
    from requests_oauthlib.oauth1_session import TokenRequestDenied

    consumer_key, consumer_secret = _consumer(settings)
    session = OAuth1Session(consumer_key, client_secret=consumer_secret, callback_uri=settings.netsuite_redirect_uri,
                            signature_method=SIGNATURE_HMAC_SHA256, realm=settings.netsuite_account_id)
    try:
        # requests-oauthlib sets the realm from fetch_request_token's argument and clears it afterwards;
        # NetSuite wants realm = the account id on both token requests
        session.fetch_request_token(_restlets_host(settings) + "/rest/requesttoken",
                                    realm=[settings.netsuite_account_id])
        url = session.authorization_url(_ui_host(settings) + "/app/login/secure/authorizetoken.nl")
        open_browser(url)
        session.parse_authorization_response(read_redirect(url).strip())
        session.auth.client.realm = settings.netsuite_account_id
        answer = session.fetch_access_token(_restlets_host(settings) + "/rest/accesstoken")
    except (TokenRequestDenied, ValueError) as exc:
        raise NetSuiteAuthError(f"NetSuite refused the token-based authorization ({type(exc).__name__}); "
                                "start again") from None
    return TokenSet(realm_id=settings.netsuite_account_id, access_token=answer["oauth_token"], refresh_token="",
                    access_expires_at=now + timedelta(days=3650), updated_at=now,
                    extra={"token_secret": answer["oauth_token_secret"]})


def connect_flow(settings, open_browser: Callable[[str], object] = webbrowser.open,
                 read_redirect: Callable[[str], str] | None = None, *, clock: Clock = _utcnow,
                 http=requests) -> TokenSet:
    """M2M: mint a first token from the certificate; TBA: the three-step flow. Stores the result."""
    store = token_store(settings)  # fail on a missing or bad key first
    base_url(settings)
    if settings.netsuite_auth == "m2m":
        tokens = mint(settings, now=clock, http=http)
    else:
        tokens = tba_flow(settings, open_browser, read_redirect or _ask_for_redirect, clock())
    store.save(tokens)
    log.info("NetSuite account %s connected (%s); tokens stored encrypted at %s", settings.netsuite_account_id,
             settings.netsuite_auth, store.path)
    return tokens


def _ask_for_redirect(url: str) -> str:
    print("Open this URL, allow access, then paste the URL your browser was redirected to:")
    print(url)
    return input("redirect URL: ")
