"""`countersign cases`, `correct`, `rerun`, `export` and the demo's respect for other people's data."""

from __future__ import annotations

import csv
import io
import json

import pytest
from rich.console import Console
from typer.testing import CliRunner

from countersign.agent.runner import process_file
from countersign.app.cli import app
from countersign.app.demo import WorkspaceTaken, run_demo
from countersign.app.identity import is_demo_workspace, mark_demo_workspace
from countersign.app.settings import Settings
from countersign.domain import CaseStatus

CLERK = "U0AP0CLERK"


@pytest.fixture
def ws(open_ws, workspace, demo_pdfs):
    """A demo workspace (so --as names play identities) with a waiting and a blocked case."""
    mark_demo_workspace(workspace.data_dir)
    with open_ws() as services:
        clean = process_file(services, demo_pdfs["clean"], uploader=CLERK).case_id
        bank = process_file(services, demo_pdfs["bank"], uploader=CLERK).case_id
    return workspace, clean, bank


def cli(workspace: Settings, *args: str):
    env = {"COUNTERSIGN_DATABASE_URL": workspace.database_url} if workspace.database_url else {}
    return CliRunner().invoke(app, ["--data-dir", str(workspace.data_dir), *args], env=env)


def listed(workspace, *args):
    out = cli(workspace, "cases", "--json", *args)
    assert out.exit_code == 0, out.output
    return [c["case"] for c in json.loads(out.stdout)]


def test_cases_filters_by_status_person_and_vendor(ws):
    workspace, clean, bank = ws
    assert set(listed(workspace)) == {clean, bank}
    assert listed(workspace, "--status", "blocked") == [bank]
    assert listed(workspace, "--waiting-for", "U0APMGR01") == [clean]
    assert listed(workspace, "--waiting-for", CLERK) == []  # a clerk approves nothing
    assert listed(workspace, "--vendor", "globex") == [bank]
    [row] = json.loads(cli(workspace, "cases", "--json", "--status", "awaiting_approval").stdout)
    assert row["total"] == "1657.80" and row["must_act"] and row["proposal"].startswith("P-")
    assert cli(workspace, "cases", "--status", "nonsense").exit_code == 2


def test_correct_and_rerun_from_the_command_line(ws):
    workspace, clean, bank = ws
    before = json.loads(cli(workspace, "cases", "--json", "--status", "awaiting_approval").stdout)[0]["proposal"]
    out = cli(workspace, "correct", clean, "due_date=2026-12-31", "--reason", "net 45", "--as", CLERK)
    assert out.exit_code == 0, out.output
    assert "superseded" in out.stdout and before in out.stdout and "awaiting approval as P-" in out.stdout
    assert cli(workspace, "correct", clean, "due_date", "--reason", "x", "--as", CLERK).exit_code == 2
    refused = cli(workspace, "correct", clean, "total=abc", "--reason", "x", "--as", CLERK)
    assert refused.exit_code == 1 and "not an amount" in refused.output
    rerun = cli(workspace, "rerun", bank, "--reason", "vendor master fixed", "--as", CLERK)
    assert rerun.exit_code == 0 and "run 1, blocked" in rerun.stdout
    assert cli(workspace, "rerun", clean, "--as", CLERK).exit_code == 1  # it waits for a person


def test_override_a_finding_from_the_command_line(open_ws, workspace, demo_pdfs):
    mark_demo_workspace(workspace.data_dir)
    with open_ws() as services:
        variance = process_file(services, demo_pdfs["variance"], uploader=CLERK).case_id
    refused = cli(workspace, "override", variance, "PO_PRICE_VARIANCE", "--reason", "agreed", "--as", CLERK)
    assert refused.exit_code == 1 and "to controller" in refused.output
    done = cli(workspace, "override", variance, "po_price_variance", "--reason", "agreed", "--as", "U0CONTROL")
    assert done.exit_code == 0, done.output
    assert "finding:PO_PRICE_VARIANCE" in done.stdout and "awaiting approval as P-" in done.stdout
    with open_ws() as services:
        [event] = [e for e in services.audit.events(variance) if e.action == "finding_overridden"]
        assert event.actor == "U0CONTROL" and event.payload["channel"] == "cli"


def test_export_csv_of_cases_and_of_a_case_audit_trail(ws):
    workspace, clean, _ = ws
    assert cli(workspace, "correct", clean, "vendor_name==HYPERLINK(\"http://x\")", "--reason", "test",
               "--as", CLERK).exit_code == 0
    out = cli(workspace, "export", "cases", "--format", "csv")
    assert out.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert {r["case"] for r in rows} >= {clean}
    [mine] = [r for r in rows if r["case"] == clean]
    # the vendor match names the case by the vendor master; the PDF's name is in the audit trail
    audit = list(csv.DictReader(io.StringIO(cli(workspace, "export", "audit", "--case", clean).stdout)))
    corrected = [r for r in audit if r["action"] == "corrected"]
    assert corrected and '"new": "=HYPERLINK' in corrected[0]["payload"]
    assert mine["total"] == "1657.80"
    assert cli(workspace, "export", "cases", "--format", "xlsx").exit_code == 2


def test_csv_cells_never_run_as_formulas():
    from countersign.app.export import cell

    assert cell("=1+1") == "'=1+1" and cell("@SUM(A1)") == "'@SUM(A1)" and cell("-2") == "'-2"
    from decimal import Decimal

    assert cell(Decimal("-120.00")) == "-120.00"  # a credit note's total stays a number
    assert cell("Acme") == "Acme"


def test_the_demo_never_touches_a_workspace_holding_other_cases(open_ws, workspace, demo_pdfs):
    with open_ws() as services:
        real = process_file(services, demo_pdfs["clean"], uploader=CLERK, source="cli").case_id
    before = (workspace.data_dir / "countersign.db").read_bytes() if workspace.database_url is None else None
    with pytest.raises(WorkspaceTaken, match="1 case"):
        run_demo(workspace, interactive=False, console=Console(file=io.StringIO()))
    assert not is_demo_workspace(workspace.data_dir)  # --as stays refused there
    if before is not None:
        assert (workspace.data_dir / "countersign.db").exists()
    with open_ws() as services:
        assert services.store.get_case(real).status == CaseStatus.AWAITING_APPROVAL
        assert services.audit.verify().ok


def test_waiting_for_leaves_out_what_the_person_uploaded_as_the_home_tab_does(services, demo_pdfs):
    """The inbox's "waiting for me" and the Slack Home tab agree on segregation of duties: an
    approver who uploaded the invoice is not offered its (only) approval."""
    from countersign.agent.approvals import waiting_for
    from countersign.agent.runner import process_file
    from countersign.app.inbox import CaseQuery, query_cases
    from tests.conftest import NOW

    case = process_file(services, demo_pdfs["clean"], uploader="U0CONTROL")  # holds ap_approver
    for person, expected in (("U0CONTROL", []), ("U0APMGR01", [case.case_id])):
        page = query_cases(services.sessions, services.policy, CaseQuery(waiting_for=person), NOW)
        assert [line.id for line in page.lines] == expected
        assert [c.id for _, c in waiting_for(services, person, NOW)] == expected


def test_a_long_approval_queue_is_listed_a_line_each(open_ws, workspace, demo_pdfs, monkeypatch):
    """Over `CARDS_UP_TO` waiting requests, a line each (a card each cost a second of CPU at 100);
    `--cards` still shows every card."""
    from datetime import UTC, datetime

    from countersign.app import cards

    with open_ws(clock=lambda: datetime.now(UTC)) as services:  # the command's clock: not expired
        process_file(services, demo_pdfs["clean"], uploader=CLERK)
    monkeypatch.setattr(cards, "CARDS_UP_TO", 0)
    out = cli(workspace, "approvals")
    assert out.exit_code == 0, out.output
    [line] = [row for row in out.stdout.splitlines() if row.startswith("P-")]
    assert "INV-1043" in line and "Acme Tools Ltd" in line and "1,657.80 USD" in line and "band standard" in line
    assert "1 requests await approval" in out.stdout and "Vendor" not in out.stdout
    full = cli(workspace, "approvals", "--cards")
    assert full.exit_code == 0 and "Vendor" in full.stdout and "INV-1043" in full.stdout
