"""`countersign connect hubspot | dynamics | pipedrive` against their cassettes, and `status`,
`write-backs` and the worker for the durable write-back queue."""

from __future__ import annotations

import threading

from typer.testing import CliRunner

from countersign.app.cli import app
from tests.crm_cassettes import APP_ID, ORG, TENANT
from tests.test_crm_contract import replay


def connect(name: str, tmp_path, env: dict[str, str], cassette: str):
    with replay(cassette, allow_playback_repeats=True):
        return CliRunner().invoke(app, ["--data-dir", str(tmp_path), "connect", name],
                                  env={"COLUMNS": "200", **env})


def test_connect_hubspot_checks_a_private_app_token_and_shows_the_won_stages(tmp_path):
    result = connect("hubspot", tmp_path, {"COUNTERSIGN_HUBSPOT_ACCESS_TOKEN": "test-token-not-a-secret"},
                     "hubspot/crm_contract.yaml")
    assert result.exit_code == 0, result.output
    assert "closed-won stages: Renewed (88001), Closed Won (closedwon)" in result.output


def test_connect_pipedrive_checks_the_token_and_names_the_missing_fields(tmp_path):
    result = connect("pipedrive", tmp_path, {"COUNTERSIGN_PIPEDRIVE_API_TOKEN": "test-token-not-a-secret",
                                             "COUNTERSIGN_PIPEDRIVE_COMPANY_DOMAIN": "acme-test"},
                     "pipedrive/crm_contract.yaml")
    assert result.exit_code == 0, result.output
    assert "Missing (read as empty; the ERP write-back fields are created on first use): deal field " \
           "'ERP payment status'." in " ".join(result.output.split())


def test_connect_dynamics_gets_a_token_and_asks_who_it_is(tmp_path):
    result = connect("dynamics", tmp_path, {"COUNTERSIGN_DYNAMICS_URL": ORG, "COUNTERSIGN_DYNAMICS_TENANT_ID": TENANT,
                                            "COUNTERSIGN_DYNAMICS_CLIENT_ID": APP_ID,
                                            "COUNTERSIGN_DYNAMICS_CLIENT_SECRET": "FILTERED-CLIENT-SECRET"},
                     "dynamics/crm_contract.yaml")
    assert result.exit_code == 0, result.output
    assert "as application user f0000000-0000-4000-8000-00000000a991" in " ".join(result.output.split())


def test_connect_without_credentials_says_what_to_set(tmp_path):
    result = CliRunner().invoke(app, ["--data-dir", str(tmp_path), "connect", "dynamics"],
                                env={"COLUMNS": "200", "COUNTERSIGN_DYNAMICS_URL": ""})
    assert result.exit_code == 1 and "COUNTERSIGN_DYNAMICS_URL" in result.output


def test_the_worker_delivers_a_queued_write_back(workspace, open_ws):
    from countersign.app.worker import run_worker

    with open_ws() as services:
        services.write_backs.enqueue("OPP-3002", invoice_number="SI-7777", invoice_status="invoiced",
                                     payment_status="unpaid")
    stop = threading.Event()
    timer = threading.Timer(3.0, stop.set)  # the worker runs here, in this thread, for three seconds
    timer.start()
    try:
        run_worker(workspace, stop, poll_seconds=0.05, grace_seconds=0.0)
    finally:
        timer.cancel()
    with open_ws() as services:
        assert services.crm.get_opportunity("OPP-3002").invoice_number == "SI-7777"
        assert services.write_backs.get("OPP-3002").state == "written"
