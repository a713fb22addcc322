"""The command line's conventions: --version, --json that scripts can read, `-` for standard input."""

from __future__ import annotations

import json

import pytest

from tests.test_cli import run

pytestmark = pytest.mark.slow


def test_version_names_the_package():
    from importlib.metadata import version

    out = run(["--version"], __import__("pathlib").Path("/tmp/cs-version"))
    assert out.returncode == 0 and out.stdout.strip() == f"countersign {version('countersign-ap')}"


def test_extract_reads_a_pdf_from_standard_input(tmp_path, demo_pdfs):
    out = run(["extract", "--json", "-"], tmp_path, input_=None, stdin_bytes=demo_pdfs["clean"].read_bytes())
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["fields"]["invoice_number"]["value"] == "INV-1043"


def test_json_output_of_process_status_approvals_audit_and_reconcile(tmp_path, demo_pdfs):
    run(["seed"], tmp_path)
    piped = run(["process", "-", "--as", "U0AP0CLERK"], tmp_path, stdin_bytes=demo_pdfs["senior"].read_bytes())
    assert piped.returncode == 0 and "awaiting_approval" in piped.stdout, piped.stderr
    status = json.loads(run(["status", "INV-88120", "--json"], tmp_path).stdout)
    assert status["status"] == "awaiting_approval" and status["total"] == "24000.00"
    [proposal] = status["proposals"]
    waiting = json.loads(run(["approvals", "--json"], tmp_path).stdout)
    [request] = waiting["awaiting"]
    assert request["proposal_id"] == proposal["id"] and request["band"] == "senior" and request["total"] == "24000.00"
    events = json.loads(run(["audit", "show", "INV-88120", "--json"], tmp_path).stdout)
    actions = [e["action"] for e in events]
    assert actions[0] == "received" and "extracted" in actions and all(len(e["hash"]) == 64 for e in events)
    deltas = json.loads(run(["reconcile", "--from", "2026-10-01", "--to", "2026-11-30", "--json"], tmp_path).stdout)
    assert {d["kind"] for d in deltas} >= {"missing_in_erp"} and all(isinstance(d["crm_amount"], (str, type(None)))
                                                                     for d in deltas)
