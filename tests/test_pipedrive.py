"""Pipedrive beyond the contract: the token in a header, throttling, missing permissions, OAuth
(connect, refresh, encrypted tokens), the period filter done here, discounts and disabled lines.
httpx speaks HTTP to vcrpy cassettes (tests/crm_cassettes.py)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import httpx
import pytest
from pydantic import SecretStr

from countersign.adapters.crm_tokens import CRMTokenSet, StaticToken
from countersign.adapters.pipedrive.client import PipedriveAPI
from countersign.adapters.pipedrive.crm import PipedriveCRM
from countersign.adapters.pipedrive.factory import base_url, pipedrive_api_from_settings
from countersign.adapters.pipedrive.oauth import connect_flow, oauth_tokens, token_store
from countersign.app.settings import Settings
from countersign.ports import CRMError
from tests.test_crm_contract import pipedrive_crm, replay
from tests.test_hubspot import KEY

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)
URL = "https://acme-test.pipedrive.com"


def api(waits: list[float], **options) -> PipedriveAPI:
    token = StaticToken("test-token-not-a-secret", system="Pipedrive", setting="COUNTERSIGN_PIPEDRIVE_API_TOKEN")
    return PipedriveAPI(URL, token, sleep=waits.append, **options)


def test_the_api_token_travels_in_a_header_never_in_the_url():
    seen: list[httpx.Request] = []
    http = httpx.Client(event_hooks={"request": [seen.append]})
    with replay("pipedrive/crm_contract.yaml", allow_playback_repeats=True):
        book = PipedriveCRM(api([], http=http)).price_book("USD")
    assert book["Cordless drill 18V"] == Decimal("189") and isinstance(book["A4 copy paper, box"], Decimal)
    assert seen and all(r.headers.get("x-api-token") == "test-token-not-a-secret" and "authorization" not in r.headers
                        and "token" not in str(r.url) for r in seen)


def test_a_won_period_is_filtered_here_and_lines_are_net_of_discounts():
    with replay("pipedrive/crm_contract.yaml", allow_playback_repeats=True):
        crm = pipedrive_crm()
        november = crm.closed_won(date(2026, 11, 1), date(2026, 11, 30))
        everything = crm.closed_won()
        paper = crm.get_opportunity("103")
        assert crm.get_opportunity("OPP-3001") is None
    assert [o.id for o in november] == ["101", "103"]  # deal 99, won in October, is left out
    assert [o.id for o in everything] == ["99", "101", "103"]
    fit_out = november[0]
    assert [line.product for line in fit_out.lines] == ["Cordless drill 18V", "Installation service"]  # no disabled
    assert [(str(li.quantity), str(li.unit_price)) for li in paper.lines] == [("60", "39.00")]  # 360 off the line
    assert fit_out.account_requires_po and not paper.account_requires_po and not paper.tax_exempt
    assert fit_out.billing_address == "9 Pier Road, Portland, ME 04101, USA"


def test_rate_limits_wait_as_pipedrive_says_then_succeed():
    waits: list[float] = []
    with replay("pipedrive/faults.yaml"):
        book = PipedriveCRM(api(waits)).price_book("USD")
    assert book == {"Cordless drill 18V": Decimal("189")}
    assert waits == [2.0, 1.0]  # Retry-After, then x-ratelimit-reset


def test_rate_limits_past_the_attempts_are_a_clear_error():
    waits: list[float] = []
    with replay("pipedrive/faults.yaml"):
        with pytest.raises(CRMError, match="still rate-limiting after 2 attempts while trying to list products: "
                                           "Request over limit"):
            PipedriveCRM(api(waits, max_attempts=2)).price_book("USD")
    assert waits == [2.0]


def test_a_token_that_may_not_add_fields_gets_pipedrive_s_reason():
    with replay("pipedrive/faults.yaml"):
        with pytest.raises(CRMError, match=r"refused to create the deal field 'ERP payment status' \(HTTP 403, "
                                           r"missing permission or scope\): You do not have permissions"):
            PipedriveCRM(api([])).write_back("101", payment_status="paid")


def oauth_settings(tmp_path) -> Settings:
    return Settings(data_dir=tmp_path, token_key=KEY, crm="pipedrive", pipedrive_client_id="test-client-id",
                    pipedrive_client_secret="FILTERED-CLIENT-SECRET", _env_file=None)


def test_connect_stores_the_tokens_and_the_company_domain_encrypted(tmp_path):
    settings = oauth_settings(tmp_path)
    shown: list[str] = []

    def redirect(url: str) -> str:
        state = url.split("state=")[1].split("&")[0]
        return f"http://localhost:8765/pipedrive/callback?code=test-code&state={state}"

    with replay("pipedrive/oauth_refresh.yaml"):
        tokens = connect_flow(settings, open_browser=shown.append, read_redirect=redirect, clock=lambda: NOW)
    assert shown[0].startswith("https://oauth.pipedrive.com/oauth/authorize?client_id=test-client-id")
    assert tokens.extra == {"api_domain": URL}
    assert b"FILTERED-ACCESS-TOKEN-1" not in (tmp_path / "pipedrive-tokens.enc").read_bytes()
    assert pipedrive_api_from_settings(settings).base_url == URL  # the company domain comes from the connection
    with pytest.raises(CRMError, match="possible CSRF"):
        connect_flow(settings, open_browser=shown.append,
                     read_redirect=lambda url: "http://localhost:8765/pipedrive/callback?code=x&state=forged")


def test_a_401_refreshes_the_oauth_token_once_and_saves_the_rotated_one(tmp_path):
    settings = oauth_settings(tmp_path)
    token_store(settings).save(CRMTokenSet("FILTERED-ACCESS-TOKEN-1", "FILTERED-REFRESH-TOKEN-1",
                                           NOW + timedelta(minutes=30), {"api_domain": URL}, NOW))
    with replay("pipedrive/oauth_refresh.yaml") as cassette:
        crm = PipedriveCRM(PipedriveAPI(URL, oauth_tokens(settings, clock=lambda: NOW), oauth=True))
        deal = crm._api.request("GET", "/api/v2/deals/101", "read deal 101")["data"]
        assert deal["title"] == "Blue Harbor - store fit-out tools" and cassette.play_count == 3
    saved = token_store(settings).load()
    assert (saved.access_token, saved.refresh_token) == ("FILTERED-ACCESS-TOKEN-2", "FILTERED-REFRESH-TOKEN-2")


def test_company_domain_forms_and_missing_credentials(workspace):
    assert base_url("acme") == base_url("acme.pipedrive.com") == "https://acme.pipedrive.com"
    assert base_url("https://acme.pipedrive.com/") == "https://acme.pipedrive.com"
    from countersign.app.bootstrap import open_services

    with pytest.raises(CRMError, match="COUNTERSIGN_PIPEDRIVE_API_TOKEN"):
        with open_services(workspace.model_copy(update={"crm": "pipedrive"})):
            pass
    with pytest.raises(CRMError, match="COUNTERSIGN_PIPEDRIVE_COMPANY_DOMAIN must be set"):
        pipedrive_api_from_settings(workspace.model_copy(update={"pipedrive_api_token": SecretStr("x")}))
