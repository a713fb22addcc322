"""QuickBooks OAuth: tokens encrypted at rest, refresh rotates and persists, wrong keys fail clearly,
and the authorization-code flow of `countersign connect quickbooks` (Intuit served by the local stub)."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone
from urllib.parse import parse_qs, urlparse

import pytest
from cryptography.fernet import Fernet

from countersign.adapters.quickbooks.oauth import (
    QBOAuthError,
    QBOTokens,
    connect_flow,
    make_auth_client,
    token_store_from_settings,
)
from countersign.adapters.quickbooks.tokens import TokenSet, TokenStore, TokenStoreError
from countersign.app.settings import Settings
from tests.qbo_stub import QBOStub

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)
SECRET_ACCESS = "eyJlbmMiOiJBMTI4Q0JDLUhTMjU2IiwiYWxnIjoiZGlyIn0..secret-access"
SECRET_REFRESH = "AB11790000000000000secretrefresh"


@pytest.fixture
def stub():
    s = QBOStub().start()
    yield s
    s.stop()


@pytest.fixture
def settings(stub, tmp_path):
    return Settings(data_dir=tmp_path, qbo_client_id="stub-client", qbo_client_secret="stub-secret",
                    qbo_discovery_url=stub.discovery_url, token_key=Fernet.generate_key().decode(), _env_file=None)


def _tokens(access=SECRET_ACCESS, refresh=SECRET_REFRESH, realm="9341453000000000") -> TokenSet:
    return TokenSet(realm_id=realm, access_token=access, refresh_token=refresh,
                    access_expires_at=NOW + timedelta(hours=1), updated_at=NOW)


def test_tokens_are_encrypted_at_rest(tmp_path):
    store = TokenStore(tmp_path / "t.enc", Fernet.generate_key().decode())
    store.save(_tokens())
    blob = store.path.read_bytes()
    assert SECRET_ACCESS.encode() not in blob and SECRET_REFRESH.encode() not in blob
    assert b"refresh_token" not in blob and b"9341453000000000" not in blob
    assert store.path.stat().st_mode & 0o777 == 0o600
    assert store.load() == _tokens()
    assert SECRET_ACCESS not in repr(store.load()) and SECRET_REFRESH not in str(store.load())


def test_wrong_key_is_a_clear_error(tmp_path):
    TokenStore(tmp_path / "t.enc", Fernet.generate_key().decode()).save(_tokens())
    with pytest.raises(TokenStoreError, match="cannot decrypt .* COUNTERSIGN_TOKEN_KEY"):
        TokenStore(tmp_path / "t.enc", Fernet.generate_key().decode()).load()


@pytest.mark.parametrize("key, message", [(None, "COUNTERSIGN_TOKEN_KEY is not set"),
                                          ("not-a-fernet-key", "not a valid Fernet key")])
def test_missing_or_malformed_key_is_a_clear_error(tmp_path, key, message):
    with pytest.raises(TokenStoreError, match=message):
        TokenStore(tmp_path / "t.enc", key)


def test_not_connected_is_a_clear_error(settings):
    with pytest.raises(TokenStoreError, match="connect quickbooks"):
        _ = QBOTokens.from_settings(settings).access_token


def test_every_refresh_persists_the_new_refresh_token(stub, settings, caplog):
    caplog.set_level(logging.DEBUG)
    store = token_store_from_settings(settings)
    store.save(_tokens(access="stub-access-0", refresh="stub-refresh-0", realm=stub.realm))
    tokens = QBOTokens.from_settings(settings, clock=lambda: NOW)
    assert tokens.refresh() == "stub-access-1"
    assert store.load().refresh_token == "stub-refresh-1"
    assert tokens.refresh() == "stub-access-2"  # refreshed with the rotated token, not the first one
    saved = store.load()
    assert saved.refresh_token == "stub-refresh-2" and saved.access_expires_at == NOW + timedelta(seconds=3600)
    assert saved.refresh_expires_at == NOW + timedelta(seconds=8726400)
    forms = [parse_qs(r.body) for r in stub.api_requests("/oauth2/v1/tokens/bearer")]
    assert [f["refresh_token"][0] for f in forms] == ["stub-refresh-0", "stub-refresh-1"]
    assert "stub-refresh" not in caplog.text and "stub-access" not in caplog.text


def test_a_refresh_done_elsewhere_is_reused(stub, settings):
    store = token_store_from_settings(settings)
    store.save(_tokens(access="stub-access-0", refresh="stub-refresh-0", realm=stub.realm))
    mine = QBOTokens.from_settings(settings, clock=lambda: NOW)
    assert mine.access_token == "stub-access-0"
    QBOTokens.from_settings(settings, clock=lambda: NOW).refresh()  # another worker rotated the tokens
    assert mine.refresh(stale="stub-access-0") == "stub-access-1"
    assert len(stub.api_requests("/oauth2/v1/tokens/bearer")) == 1


def test_revoked_refresh_token_says_to_reconnect(stub, settings):
    token_store_from_settings(settings).save(_tokens(access="x", refresh="revoked", realm=stub.realm))
    with pytest.raises(QBOAuthError, match="connect quickbooks"):
        QBOTokens.from_settings(settings, clock=lambda: NOW).refresh()


def _consent(stub, realm=None, **extra):
    """A browser that approves: records the consent URL, returns the redirect Intuit would send."""
    seen = {}

    def open_browser(url):
        seen["url"] = url

    def read_redirect(_url):
        state = parse_qs(urlparse(seen["url"]).query)["state"][0]
        stub.auth_codes["code-1"] = realm or stub.realm
        params = {"code": "code-1", "state": state, "realmId": realm or stub.realm, **extra}
        return "http://localhost:8765/quickbooks/callback?" + "&".join(f"{k}={v}" for k, v in params.items())

    return seen, open_browser, read_redirect


def test_connect_flow_stores_encrypted_tokens(stub, settings):
    seen, open_browser, read_redirect = _consent(stub)
    tokens = connect_flow(settings, open_browser=open_browser, read_redirect=read_redirect, clock=lambda: NOW)
    query = parse_qs(urlparse(seen["url"]).query)
    assert seen["url"].startswith(stub.url + "/connect/oauth2?")
    assert query["scope"] == ["com.intuit.quickbooks.accounting"] and query["client_id"] == ["stub-client"]
    assert tokens.realm_id == stub.realm and "stub-access" not in repr(tokens)
    stored = token_store_from_settings(settings).load()
    assert stored.access_token == "stub-access-1" and stored.refresh_token == "stub-refresh-1"
    assert b"stub-refresh-1" not in token_store_from_settings(settings).path.read_bytes()


def test_connect_flow_refuses_a_forged_state(stub, settings):
    seen, open_browser, read_redirect = _consent(stub)
    forged = lambda url: read_redirect(url).replace("state=", "state=evil")  # noqa: E731
    with pytest.raises(QBOAuthError, match="state"):
        connect_flow(settings, open_browser=open_browser, read_redirect=forged)
    assert not token_store_from_settings(settings).exists()


def test_connect_flow_reports_a_denied_consent(stub, settings):
    with pytest.raises(QBOAuthError, match="access_denied"):
        connect_flow(settings, open_browser=lambda url: None,
                     read_redirect=lambda url: "http://localhost:8765/quickbooks/callback?error=access_denied")


def test_connect_flow_checks_the_configured_company(stub, settings):
    seen, open_browser, read_redirect = _consent(stub, realm="111")
    with pytest.raises(QBOAuthError, match="COUNTERSIGN_QBO_REALM_ID"):
        connect_flow(settings.model_copy(update={"qbo_realm_id": "222"}), open_browser=open_browser,
                     read_redirect=read_redirect)


def test_auth_client_without_network_by_patching_discovery(monkeypatch, tmp_path):
    calls = []
    doc = {"authorization_endpoint": "https://appcenter.intuit.com/connect/oauth2",
           "token_endpoint": "https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer",
           "revocation_endpoint": "https://developer.api.intuit.com/v2/oauth2/tokens/revoke",
           "issuer": "https://oauth.platform.intuit.com/op/v1", "jwks_uri": "https://oauth.platform.intuit.com/op/v1/jwks",
           "userinfo_endpoint": "https://sandbox-accounts.platform.intuit.com/v1/openid_connect/userinfo"}
    monkeypatch.setattr("intuitlib.client.get_discovery_doc", lambda env, session=None: calls.append(env) or doc)
    settings = Settings(data_dir=tmp_path, qbo_client_id="cid", qbo_client_secret="cs", _env_file=None)
    client = make_auth_client(settings)
    assert calls == ["sandbox"] and client.token_endpoint == doc["token_endpoint"]


def test_missing_app_credentials_are_a_clear_error(tmp_path):
    with pytest.raises(QBOAuthError, match="COUNTERSIGN_QBO_CLIENT_ID"):
        make_auth_client(Settings(data_dir=tmp_path, _env_file=None))
