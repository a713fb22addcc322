"""Dynamics 365 Sales beyond the contract: msal builds nothing until the first request, service
protection (429 + Retry-After), an expired token replaced once, a missing privilege, the
If-Match guard on updates. requests and msal speak HTTP to vcrpy cassettes (tests/crm_cassettes.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest
import requests

from countersign.adapters.dynamics.factory import dynamics_crm_from_settings
from countersign.app.settings import Settings
from countersign.ports import CRMError
from tests.crm_cassettes import APP_ID, FIT_OUT, ORG, TENANT
from tests.test_crm_contract import replay


class Recording(requests.Session):
    """A requests session that keeps what was sent (method, URL, headers) and sleeps nowhere."""

    def __init__(self):
        super().__init__()
        self.sent: list[requests.PreparedRequest] = []

    def send(self, request, **kwargs):
        self.sent.append(request)
        return super().send(request, **kwargs)


def settings(**changes) -> Settings:
    return Settings(crm="dynamics", dynamics_url=ORG, dynamics_tenant_id=TENANT, dynamics_client_id=APP_ID,
                    dynamics_client_secret="FILTERED-CLIENT-SECRET", _env_file=None, **changes)


def test_building_the_adapter_calls_no_one():
    with replay("dynamics/faults.yaml") as cassette:
        dynamics_crm_from_settings(settings())
        assert cassette.play_count == 0  # msal's app (and its discovery call) waits for the first request


def test_service_protection_waits_then_an_expired_token_is_replaced_once():
    waits: list[float] = []
    with replay("dynamics/faults.yaml") as cassette:
        crm = dynamics_crm_from_settings(settings(), sleep=waits.append)
        assert crm.who_am_i() == "f0000000-0000-4000-8000-00000000a991"
        assert cassette.play_count == 6  # discovery, token, 429, 401, new token, WhoAmI
    assert waits == [3.0]


def test_a_role_without_the_write_privilege_gets_dataverse_s_reason():
    with replay("dynamics/faults.yaml"):
        crm = dynamics_crm_from_settings(settings(), sleep=lambda s: None)
        with pytest.raises(CRMError, match=r"HTTP 403: the application user's security role lacks the privilege\): "
                                           r"Principal user .* is missing prvWriteOpportunity privilege"):
            crm.write_back(FIT_OUT, payment_status="paid")


def test_updates_carry_if_match_so_they_never_create_an_opportunity():
    http = Recording()
    with replay("dynamics/crm_contract.yaml", allow_playback_repeats=True):
        crm = dynamics_crm_from_settings(settings(), http=http)
        crm.write_back(FIT_OUT, invoice_number="SI-00003", invoice_status="invoiced")
    [patch] = [r for r in http.sent if r.method == "PATCH"]
    assert patch.headers["If-Match"] == "*" and patch.headers["OData-Version"] == "4.0"
    assert patch.url == f"{ORG}/api/data/v9.2/opportunities({FIT_OUT})"


def test_lines_are_net_of_manual_discounts_and_ids_must_be_guids():
    with replay("dynamics/crm_contract.yaml", allow_playback_repeats=True):
        crm = dynamics_crm_from_settings(settings())
        fit_out = crm.get_opportunity("{" + FIT_OUT.upper() + "}")  # braces and capitals: the same GUID
        assert crm.get_opportunity("OPP-3001") is None
        with pytest.raises(CRMError, match="ids are GUIDs"):
            crm.write_back("OPP-3001", invoice_number="SI-1")
        with pytest.raises(CRMError, match="not an ISO currency code"):
            crm.price_book("US' or 1 eq 1")
    assert fit_out is not None and fit_out.id == FIT_OUT
    assert [(li.product, str(li.unit_price)) for li in fit_out.lines] == [
        ("Cordless drill 18V", "179.55"), ("Installation service", "1500.0")]  # 189.0 less 236.25 / 25
    assert all(isinstance(li.quantity, Decimal) for li in fit_out.lines)


def test_dynamics_selected_without_settings_fails_clearly_at_start(workspace):
    from countersign.app.bootstrap import open_services

    with pytest.raises(CRMError, match="COUNTERSIGN_DYNAMICS_URL, COUNTERSIGN_DYNAMICS_TENANT_ID"):
        with open_services(workspace.model_copy(update={"crm": "dynamics"})):
            pass
