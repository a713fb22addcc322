"""HubSpot beyond the contract: throttling, missing scopes, OAuth (connect, refresh, encrypted
tokens), settings. hubspot-api-client speaks HTTP to vcrpy cassettes (tests/crm_cassettes.py)."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone

import pytest

from countersign.adapters.crm_tokens import CRMTokenSet, StaticToken
from countersign.adapters.hubspot.client import HubSpotAPI, default_retry
from countersign.adapters.hubspot.crm import HubSpotCRM
from countersign.adapters.hubspot.oauth import connect_flow, oauth_tokens, token_store
from countersign.app.settings import Settings
from countersign.ports import CRMError
from tests.test_crm_contract import replay

KEY = "3q2-7wEjy0v8fGmXk0dJ0Z8kS3n0yF6cXGvQm5nW2bA="  # a Fernet key made for these tests
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)


@pytest.fixture
def sleeps(monkeypatch):
    """urllib3's Retry sleeps through time.sleep: record the waits instead of waiting."""
    waits: list[float] = []
    monkeypatch.setattr(time, "sleep", waits.append)
    return waits


def token():
    return StaticToken("test-token-not-a-secret", system="HubSpot", setting="COUNTERSIGN_HUBSPOT_ACCESS_TOKEN")


def test_throttled_calls_wait_as_retry_after_says_then_succeed(sleeps):
    with replay("hubspot/faults.yaml"):
        crm = HubSpotCRM(HubSpotAPI(token()), pipelines=["default"])
        assert crm.won_stage_labels() == ["Closed Won (closedwon)"]
    assert sleeps == [1.0, 2.0]


def test_throttling_past_the_retries_is_a_clear_error(sleeps):
    with replay("hubspot/faults.yaml"):
        crm = HubSpotCRM(HubSpotAPI(token(), retry=default_retry(total=1)))
        with pytest.raises(CRMError, match=r"still throttling after the retries \(SECONDLY\).*secondly limit"):
            crm.won_stage_labels()
    assert sleeps == [1.0]


def test_a_token_without_the_schema_scope_is_told_which_scope_to_add(sleeps):
    with replay("hubspot/faults.yaml"):
        crm = HubSpotCRM(HubSpotAPI(token()))
        with pytest.raises(CRMError, match=r"lacks the scope crm\.schemas\.deals\.write needed to create the deal "
                                           r"property countersign_invoice_number"):
            crm.write_back("1001", invoice_number="SI-00003")


def test_all_won_stages_of_every_pipeline_when_none_is_named(sleeps):
    with replay("hubspot/crm_contract.yaml", allow_playback_repeats=True):
        crm = HubSpotCRM(HubSpotAPI(token()))
        assert crm.won_stage_labels() == ["Renewed (88001)", "Closed Won (closedwon)"]
        named = HubSpotCRM(HubSpotAPI(token()), closed_won_stages=["88001"])
        assert named.won_stage_labels() == ["Renewed (88001)"]


def test_hubspot_string_amounts_become_decimals_net_of_line_discounts(sleeps):
    with replay("hubspot/crm_contract.yaml", allow_playback_repeats=True):
        crm = HubSpotCRM(HubSpotAPI(token()), pipelines=["default"])
        paper = crm.get_opportunity("1003")
        assert crm.get_opportunity("not-a-number") is None
    assert [(li.product, str(li.quantity), str(li.unit_price)) for li in paper.lines] == [
        ("A4 copy paper, box", "60", "39.00")]  # 45.00 less a 6.00 unit discount
    assert paper.billing_contact is None and not paper.account_requires_po and paper.stage == "Closed Won"


def oauth_settings(tmp_path) -> Settings:
    return Settings(data_dir=tmp_path, token_key=KEY, crm="hubspot", hubspot_client_id="test-client-id",
                    hubspot_client_secret="FILTERED-CLIENT-SECRET", _env_file=None)


def test_connect_stores_the_tokens_encrypted_and_checks_the_state(tmp_path):
    settings = oauth_settings(tmp_path)
    shown = []

    def redirect(url: str) -> str:
        state = url.split("state=")[1].split("&")[0]
        return f"http://localhost:8765/hubspot/callback?code=test-code&state={state}"

    with replay("hubspot/oauth_refresh.yaml"):
        tokens = connect_flow(settings, open_browser=shown.append, read_redirect=redirect, clock=lambda: NOW)
    assert shown[0].startswith("https://app.hubspot.com/oauth/authorize?client_id=test-client-id")
    assert "crm.schemas.deals.write" in shown[0].replace("+", " ").replace("%20", " ").replace("%2E", ".")
    assert tokens.extra == {"hub_id": "48151623"} and "FILTERED" not in repr(tokens)
    blob = (tmp_path / "hubspot-tokens.enc").read_bytes()
    assert b"FILTERED-ACCESS-TOKEN-1" not in blob and b"FILTERED-REFRESH-TOKEN-1" not in blob
    assert token_store(settings).load().refresh_token == "FILTERED-REFRESH-TOKEN-1"
    with pytest.raises(CRMError, match="possible CSRF"):
        connect_flow(settings, open_browser=shown.append, read_redirect=lambda url: redirect("state=forged&"))


def test_a_401_refreshes_the_oauth_token_once_and_saves_the_rotated_one(tmp_path):
    settings = oauth_settings(tmp_path)
    token_store(settings).save(CRMTokenSet("FILTERED-ACCESS-TOKEN-1", "FILTERED-REFRESH-TOKEN-1",
                                           NOW + timedelta(minutes=20), {}, NOW))
    with replay("hubspot/oauth_refresh.yaml") as cassette:
        crm = HubSpotCRM(HubSpotAPI(oauth_tokens(settings, clock=lambda: NOW)), pipelines=["default"])
        assert crm.won_stage_labels() == ["Closed Won (closedwon)"]
        assert cassette.play_count == 3  # 401, the refresh, the call again
    saved = token_store(settings).load()
    assert (saved.access_token, saved.refresh_token) == ("FILTERED-ACCESS-TOKEN-2", "FILTERED-REFRESH-TOKEN-2")


def test_hubspot_selected_without_credentials_fails_clearly_at_start(workspace):
    from countersign.app.bootstrap import open_services

    with pytest.raises(CRMError, match="COUNTERSIGN_HUBSPOT_ACCESS_TOKEN"):
        with open_services(workspace.model_copy(update={"crm": "hubspot"})):
            pass
