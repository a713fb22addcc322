"""One contract for the CRM port, run against every adapter: the embedded LocalCRM, SalesforceCRM
(the real simple-salesforce client), HubSpotCRM (hubspot-api-client), Dynamics365CRM (msal +
requests over the Dataverse Web API) and PipedriveCRM (httpx over the v2 API), each over HTTP
replayed from a vcrpy cassette with the network blocked: record mode "none" fails on any request
not in the cassette. The cassettes of the last three are written by tests/crm_cassettes.py."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import vcr

from countersign.adapters.salesforce import SalesforceCRM
from countersign.ports import CRMError

CASSETTES = Path(__file__).parent / "cassettes" / "salesforce"
ALL_CASSETTES = Path(__file__).parent / "cassettes"
NOV = (date(2026, 11, 1), date(2026, 11, 30))


@dataclass
class CRMUnderTest:
    crm: object
    ready_id: str  # a closed-won, ready order (Blue Harbor fit-out)
    unknown_id: str
    written: callable  # reads back what write_back stored, or None where the system is remote


def replay(name: str, **options):
    """A cassette of tests/cassettes/ replayed with the network blocked; bodies must match too."""
    recorder = vcr.VCR(record_mode="none", filter_headers=["authorization", "x-api-token"],
                       match_on=["method", "scheme", "host", "port", "path", "query", "body"])
    return recorder.use_cassette(str(ALL_CASSETTES / name), **options)


def hubspot_crm():
    from countersign.adapters.crm_tokens import StaticToken
    from countersign.adapters.hubspot.client import HubSpotAPI
    from countersign.adapters.hubspot.crm import HubSpotCRM

    token = StaticToken("test-token-not-a-secret", system="HubSpot", setting="COUNTERSIGN_HUBSPOT_ACCESS_TOKEN")
    return HubSpotCRM(HubSpotAPI(token), pipelines=["default"])


def pipedrive_crm():
    from countersign.adapters.crm_tokens import StaticToken
    from countersign.adapters.pipedrive.client import PipedriveAPI
    from countersign.adapters.pipedrive.crm import PipedriveCRM

    token = StaticToken("test-token-not-a-secret", system="Pipedrive", setting="COUNTERSIGN_PIPEDRIVE_API_TOKEN")
    return PipedriveCRM(PipedriveAPI("https://acme-test.pipedrive.com", token))


def dynamics_crm():
    from countersign.adapters.dynamics.factory import dynamics_crm_from_settings
    from countersign.app.settings import Settings
    from tests.crm_cassettes import APP_ID, ORG, TENANT

    settings = Settings(crm="dynamics", dynamics_url=ORG, dynamics_tenant_id=TENANT, dynamics_client_id=APP_ID,
                        dynamics_client_secret="FILTERED-CLIENT-SECRET", _env_file=None)
    return dynamics_crm_from_settings(settings)


@pytest.fixture(params=["local", "salesforce", "hubspot", "dynamics", "pipedrive"])
def subject(request, services):
    if request.param == "local":
        yield CRMUnderTest(services.crm, "OPP-3001", "OPP-0404",
                           lambda oid: services.crm.get_opportunity(oid).invoice_number)
        return
    if request.param == "hubspot":
        with replay("hubspot/crm_contract.yaml", allow_playback_repeats=True):
            yield CRMUnderTest(hubspot_crm(), "1001", "9999999999", lambda oid: None)
        return
    if request.param == "dynamics":
        from tests.crm_cassettes import FIT_OUT, UNKNOWN

        with replay("dynamics/crm_contract.yaml", allow_playback_repeats=True):
            yield CRMUnderTest(dynamics_crm(), FIT_OUT, UNKNOWN, lambda oid: None)
        return
    if request.param == "pipedrive":
        with replay("pipedrive/crm_contract.yaml", allow_playback_repeats=True):
            yield CRMUnderTest(pipedrive_crm(), "101", "999999", lambda oid: None)
        return
    from simple_salesforce import Salesforce

    recorder = vcr.VCR(record_mode="none", filter_headers=["authorization"],
                       match_on=["method", "scheme", "host", "port", "path", "query", "body"])
    with recorder.use_cassette(str(CASSETTES / "crm_contract.yaml"), allow_playback_repeats=True):
        client = Salesforce(session_id="test-session-not-a-secret", instance_url="https://acme-test.my.salesforce.com",
                            parse_float=Decimal, object_pairs_hook=dict)
        yield CRMUnderTest(SalesforceCRM(client), "006A000000fit001", "006A000000nothere", lambda oid: None)


def test_closed_won_in_a_period(subject):
    opportunities = subject.crm.closed_won(*NOV)
    assert opportunities and all(o.stage == "Closed Won" and NOV[0] <= o.close_date <= NOV[1] for o in opportunities)
    assert subject.ready_id in {o.id for o in opportunities}


def test_opportunity_carries_lines_and_billing_details_as_decimals(subject):
    opp = subject.crm.get_opportunity(subject.ready_id)
    assert opp.account_name == "Blue Harbor Retail" and opp.tax_id == "83-1122334"
    assert opp.account_requires_po and opp.po_reference == "BH-PO-8120"
    assert opp.billing_contact == "Jordan Blake" and "Portland" in opp.billing_address
    assert [(line.product, line.quantity, line.unit_price) for line in opp.lines] == [
        ("Cordless drill 18V", Decimal("25"), Decimal("179.55")),
        ("Installation service", Decimal("1"), Decimal("1500"))]
    assert all(isinstance(line.unit_price, Decimal) for line in opp.lines)
    assert opp.approved_discount_pct == Decimal("5")
    assert sum(line.amount for line in opp.lines) == Decimal("5988.75")


def test_unknown_opportunity_is_none(subject):
    assert subject.crm.get_opportunity(subject.unknown_id) is None


def test_price_book_in_decimals(subject):
    book = subject.crm.price_book("USD")
    assert book["Cordless drill 18V"] == Decimal("189.00") and isinstance(book["A4 copy paper, box"], Decimal)


def test_write_back_records_the_invoice(subject):
    subject.crm.write_back(subject.ready_id, invoice_number="SI-00003", invoice_status="invoiced")
    stored = subject.written(subject.ready_id)
    assert stored in ("SI-00003", None)  # None: remote system; the cassette matched the exact PATCH body


def test_write_back_to_a_missing_opportunity_is_a_crm_error(subject):
    with pytest.raises(CRMError):
        subject.crm.write_back(subject.unknown_id, invoice_number="SI-00003", invoice_status="invoiced")


def test_cassettes_hold_no_credentials():
    for path in CASSETTES.glob("*.yaml"):
        text = path.read_text()
        assert not re.search(r"(?i)authorization|bearer |sessionId|password|security_token|refresh_token", text), path


def test_salesforce_selected_without_credentials_fails_clearly_at_start(workspace):
    from countersign.app.bootstrap import open_services

    with pytest.raises(CRMError, match="no credentials are set"):
        with open_services(workspace.model_copy(update={"crm": "salesforce"})):
            pass


def test_every_crm_cassette_holds_no_credentials():
    """No Authorization header or bearer value anywhere; the only tokens and secrets are the
    FILTERED-… placeholders the token endpoints answer with (tests/test_quickbooks_vcr.py scans
    every cassette for known secret shapes too)."""
    paths = [p for d in ("hubspot", "dynamics", "pipedrive") for p in (ALL_CASSETTES / d).glob("*.yaml")]
    assert paths
    secret = re.compile(r"(access_token|refresh_token|client_secret|api_token)[\"']?\s*[=:]\s*[\"']?([\w.\-]+)", re.I)
    values = []
    for path in paths:
        text = path.read_text()
        assert not re.search(r"(?i)(authorization|x-api-token)['\"]?\s*:|bearer [\w.\-]{8,}", text), path
        for _, value in secret.findall(text):
            assert value.startswith("FILTERED"), (path, value)
            values.append(value)
    assert values  # the check saw the token endpoints' answers


def test_connect_help_lists_every_crm():
    from typer.testing import CliRunner

    from countersign.app.cli import app

    result = CliRunner().invoke(app, ["connect", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    for name in ("quickbooks", "hubspot", "dynamics", "pipedrive"):
        assert f" {name} " in result.output
