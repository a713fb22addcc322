"""The command line as a user runs it: real processes, real files, exit codes and output."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys

import pytest

from countersign.app.identity import mark_demo_workspace
from countersign.domain import INVOICE_FIELDS

CLI = [sys.executable, "-m", "countersign.app.cli"]


def run(args, tmp_path, *, env=None, input_=None, timeout=120, demo=True, stdin_bytes=None):
    """The CLI on tmp_path/ws, a demo workspace unless `demo=False` (where --as names play identities);
    `stdin_bytes` is piped in as bytes (a PDF for `-`), `input_` as text."""
    if stdin_bytes is not None:
        environment = {k: v for k, v in os.environ.items() if not k.startswith("COUNTERSIGN_")}
        environment.update(env or {})
        if demo:
            mark_demo_workspace(tmp_path / "ws")
        done = subprocess.run([*CLI, "--data-dir", str(tmp_path / "ws"), *args], capture_output=True,
                              env=environment, input=stdin_bytes, timeout=timeout)
        return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode(), done.stderr.decode())
    if demo:
        mark_demo_workspace(tmp_path / "ws")
    environment = {k: v for k, v in os.environ.items() if not k.startswith("COUNTERSIGN_")}
    environment.update(env or {})
    return subprocess.run(
        [*CLI, "--data-dir", str(tmp_path / "ws"), *args],
        capture_output=True, text=True, env=environment, input=input_, timeout=timeout,
    )


def test_extract_json_follows_the_contract(tmp_path, demo_pdfs):
    out = run(["extract", "--json", str(demo_pdfs["clean"])], tmp_path)
    assert out.returncode == 0, out.stderr
    [line] = out.stdout.splitlines()
    data = json.loads(line)
    assert set(data) == {"document", "fields", "line_items", "warnings"}
    assert set(INVOICE_FIELDS) <= set(data["fields"])
    assert data["document"]["method"] == "text" and data["document"]["pages"] == 1
    assert len(data["document"]["sha256"]) == 64
    total = data["fields"]["total"]
    assert total["value"] == "1657.80" and isinstance(total["value"], str)
    assert total["evidence"][0]["page"] == 1 and len(total["evidence"][0]["bbox"]) == 4
    assert data["fields"]["invoice_date"]["value"] == "2026-11-10"
    assert data["line_items"][0]["amount"] == "1290.00"


def test_extract_several_files_is_json_lines_with_errors_in_place(tmp_path, demo_pdfs):
    bad = tmp_path / "notes.pdf"
    bad.write_bytes(b"PK\x03\x04 this is a zip")
    out = run(["extract", "--json", str(demo_pdfs["clean"]), str(bad), str(demo_pdfs["senior"])], tmp_path)
    assert out.returncode == 2
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(lines) == 3
    assert lines[0]["fields"]["invoice_number"]["value"] == "INV-1043"
    assert lines[1]["file"] == str(bad) and "not a PDF" in lines[1]["error"]
    assert lines[2]["fields"]["invoice_number"]["value"] == "INV-88120"


@pytest.mark.parametrize(
    ("content", "expected"),
    [(None, "no such file"), (b"", "empty"), (b"%PDF-1.4\n%%broken", "corrupt"), (b"\x89PNG\r\n\x1a\n", "not a PDF")],
)
def test_extract_bad_input_is_one_line_and_exit_2(tmp_path, content, expected):
    path = tmp_path / "input.pdf"
    if content is not None:
        path.write_bytes(content)
    out = run(["extract", "--json", str(path)], tmp_path)
    assert out.returncode == 2
    assert out.stdout == ""
    [line] = out.stderr.strip().splitlines()
    assert str(path) in line and expected in line


@pytest.mark.slow
def test_process_bad_file_exits_2_and_records_a_failed_intake_case(tmp_path):
    missing = tmp_path / "missing.pdf"
    out = run(["process", str(missing), "--as", "U0AP0CLERK"], tmp_path)
    assert out.returncode == 2
    assert "missing.pdf" in out.stderr and "no such file" in out.stderr
    db = sqlite3.connect(tmp_path / "ws" / "countersign.db")
    assert db.execute("select status, reason from cases").fetchall() == [("failed_intake", "no such file")]


@pytest.mark.slow
def test_process_approve_status_and_audit_from_the_command_line(tmp_path, demo_pdfs):
    assert "5 vendors" in run(["seed"], tmp_path).stdout
    out = run(["process", str(demo_pdfs["clean"]), "--as", "U0AP0CLERK"], tmp_path)
    assert out.returncode == 0, out.stderr
    assert "awaiting_approval" in out.stdout
    listing = run(["approvals"], tmp_path)
    proposal_id = next(word for word in listing.stdout.split() if word.startswith("P-"))
    refused = run(["approve", proposal_id, "--as", "U0NOBODY"], tmp_path)
    assert refused.returncode == 1 and "not mapped" in refused.stderr
    nobody = run(["approve", proposal_id], tmp_path)  # no --as, and this OS account is nobody in the policy
    assert nobody.returncode == 1 and "os_users" in nobody.stderr
    ok = run(["approve", proposal_id, "--as", "U0APMGR01"], tmp_path)
    assert ok.returncode == 0 and "posted" in ok.stdout
    status = run(["status", "INV-1043"], tmp_path)
    assert "posted" in status.stdout and "BILL-" in status.stdout
    trail = run(["audit", "show", "INV-1043"], tmp_path)
    assert "decision_approve" in trail.stdout and "decision_refused" in trail.stdout
    assert run(["audit", "verify"], tmp_path).returncode == 0


@pytest.mark.slow
def test_killed_while_awaiting_resumes_after_restart_and_posts_once(tmp_path, demo_pdfs):
    """A worker is SIGKILLed while its case waits; a new process applies the approval."""
    script = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from countersign.app.settings import Settings\n"
        "from countersign.app.bootstrap import open_services\n"
        "from countersign.app.demo import seed\n"
        "from countersign.agent.runner import process_file\n"
        "with open_services(Settings(data_dir=Path(sys.argv[1]), _env_file=None)) as s:\n"
        "    seed(s)\n"
        "    print(process_file(s, Path(sys.argv[2]), uploader='U0AP0CLERK').status, flush=True)\n"
        "    time.sleep(600)\n"
    )
    worker = subprocess.Popen([sys.executable, "-c", script, str(tmp_path / "ws"), str(demo_pdfs["clean"])],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert worker.stdout.readline().strip() == "awaiting_approval"
    finally:
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=30)
        worker.stdout.close()
    proposal_id = next(w for w in run(["approvals"], tmp_path).stdout.split() if w.startswith("P-"))
    ok = run(["approve", proposal_id, "--as", "U0APMGR01"], tmp_path)
    assert ok.returncode == 0 and "posted" in ok.stdout, ok.stderr
    again = run(["approve", proposal_id, "--as", "U0CONTROL"], tmp_path)
    assert again.returncode == 1
    db = sqlite3.connect(tmp_path / "ws" / "countersign.db")
    assert db.execute("select count(*) from ledger_bills where invoice_number='INV-1043'").fetchone() == (1,)


@pytest.mark.slow
def test_audit_verify_fails_naming_the_event_after_an_edit(tmp_path, demo_pdfs):
    run(["seed"], tmp_path)
    assert run(["process", str(demo_pdfs["duplicate"]), "--as", "U0AP0CLERK"], tmp_path).returncode == 0
    db = sqlite3.connect(tmp_path / "ws" / "countersign.db")
    db.execute("update audit_events set actor='mallory' where seq=2")
    db.commit()
    out = run(["audit", "verify"], tmp_path)
    assert out.returncode == 1 and "event 2" in out.stderr


@pytest.mark.slow
def test_demo_without_a_terminal_decides_by_the_demo_approver(tmp_path):
    out = run(["demo"], tmp_path, input_="")
    assert out.returncode == 0, out.stderr
    assert "Approval request" in out.stdout  # the approval step is shown, never skipped
    assert "Sam Rivera (U0APMGR01) approved" in out.stdout
    assert "may not approve" in out.stdout  # the senior invoice needs a controller
    assert "outcome: awaiting_approval=2, blocked=2, posted=1, rejected=1" in out.stdout
    assert "chain valid" in out.stdout
    assert "ask> why did invoice UC-77 stall?" in out.stdout and "VENDOR_UNKNOWN" in out.stdout
    assert "vendor master band): Alex Chen (U0CFO0001), Priya Shah (U0CONTROL)" in out.stdout
    rerun = run(["demo", "--no-input"], tmp_path)  # a second run starts from a fresh workspace
    assert "outcome: awaiting_approval=2, blocked=2, posted=1, rejected=1" in rerun.stdout


def test_connect_quickbooks_without_an_app_says_what_is_missing(tmp_path):
    from cryptography.fernet import Fernet

    out = run(["connect", "quickbooks"], tmp_path, input_="")
    assert out.returncode == 1
    [line] = out.stderr.strip().splitlines()
    assert line.startswith("countersign: ") and "COUNTERSIGN_TOKEN_KEY is not set" in line
    keyed = run(["connect", "quickbooks"], tmp_path, input_="",
                env={"COUNTERSIGN_TOKEN_KEY": Fernet.generate_key().decode()})
    assert keyed.returncode == 1 and "COUNTERSIGN_QBO_CLIENT_ID" in keyed.stderr


def test_policy_check_names_file_line_and_key(tmp_path):
    good = run(["policy", "check", "countersign/policies/default.yaml"], tmp_path)
    assert good.returncode == 0 and "valid" in good.stdout
    bad = tmp_path / "policy.yaml"
    bad.write_text("version: 1\ntolerances:\n  price_pct: 5.5\n")
    out = run(["policy", "check", str(bad)], tmp_path)
    assert out.returncode == 1
    assert f"{bad}:3: tolerances.price_pct" in out.stderr and "not floats" in out.stderr


# --------------------------------------------------------------------------- who is at the terminal


def _policy_mapping_this_account(tmp_path, person: str):
    """The default policy with the OS account running the tests mapped to `person`."""
    from countersign.app.identity import os_account
    from countersign.policies.schema import default_policy_text

    text = default_policy_text()
    line = next(line for line in text.splitlines() if line.startswith(f"  {person}:"))
    path = tmp_path / f"policy-{person}.yaml"
    path.write_text(text.replace(line, line.rstrip("}") + f", os_users: [{os_account()}]}}"))
    return {"COUNTERSIGN_POLICY_FILE": str(path)}


@pytest.mark.slow
def test_outside_the_demo_workspace_as_cannot_name_someone_else(tmp_path, demo_pdfs):
    """The uploader types the controller's id: refused, and nothing is decided."""
    env = _policy_mapping_this_account(tmp_path, "U0AP0CLERK")
    run(["seed"], tmp_path, env=env, demo=False)
    assert run(["process", str(demo_pdfs["clean"])], tmp_path, env=env, demo=False).returncode == 0
    listing = run(["approvals"], tmp_path, env=env, demo=False).stdout
    proposal_id = next(w for w in listing.split() if w.startswith("P-"))
    forged = run(["approve", proposal_id, "--as", "U0CONTROL"], tmp_path, env=env, demo=False)
    assert forged.returncode == 1 and "--as U0CONTROL is refused" in forged.stderr
    as_self = run(["approve", proposal_id], tmp_path, env=env, demo=False)  # proven: the clerk, who uploaded it
    assert as_self.returncode == 1 and "Segregation of duties" in as_self.stderr
    db = sqlite3.connect(tmp_path / "ws" / "countersign.db")
    assert db.execute("select count(*) from decisions").fetchone() == (0,)
    assert db.execute("select uploader from cases").fetchone() == ("U0AP0CLERK",)


@pytest.mark.slow
def test_the_os_account_mapped_in_the_policy_decides(tmp_path, demo_pdfs):
    clerk = _policy_mapping_this_account(tmp_path, "U0AP0CLERK")
    manager = _policy_mapping_this_account(tmp_path, "U0APMGR01")
    run(["seed"], tmp_path, env=clerk, demo=False)
    assert run(["process", str(demo_pdfs["clean"])], tmp_path, env=clerk, demo=False).returncode == 0
    proposal_id = next(w for w in run(["approvals"], tmp_path, demo=False).stdout.split() if w.startswith("P-"))
    ok = run(["approve", proposal_id], tmp_path, env=manager, demo=False)
    assert ok.returncode == 0 and "posted" in ok.stdout, ok.stderr
    db = sqlite3.connect(tmp_path / "ws" / "countersign.db")
    assert db.execute("select approver_id from decisions").fetchall() == [("U0APMGR01",)]


@pytest.mark.slow
def test_an_unmapped_os_account_can_neither_upload_nor_decide(tmp_path, demo_pdfs):
    run(["seed"], tmp_path, demo=False)
    out = run(["process", str(demo_pdfs["clean"])], tmp_path, demo=False)
    assert out.returncode == 1 and "not mapped to a person" in out.stderr
    assert not (tmp_path / "ws" / "documents").exists()


@pytest.mark.slow
def test_a_decision_never_waits_for_other_cases(tmp_path, demo_pdfs):
    """approve applies the decision and runs its own case only: a case no process has run yet
    (say, one whose PDF takes a reader down) is left to the worker, not read first."""
    from pathlib import Path

    from countersign.agent.runner import intake
    from countersign.app.bootstrap import open_services
    from countersign.app.settings import Settings

    run(["seed"], tmp_path)
    run(["process", str(demo_pdfs["clean"]), "--as", "U0AP0CLERK"], tmp_path)
    with open_services(Settings(data_dir=tmp_path / "ws", _env_file=None)) as services:
        pending = intake(services, Path(demo_pdfs["variance"]), source="cli", uploader="U0AP0CLERK").case_id
    proposal_id = next(w for w in run(["approvals"], tmp_path).stdout.split() if w.startswith("P-"))
    assert run(["approve", proposal_id, "--as", "U0APMGR01"], tmp_path).returncode == 0
    db = sqlite3.connect(tmp_path / "ws" / "countersign.db")
    assert db.execute("select status from cases where id = ?", (pending,)).fetchone() == ("received",)


@pytest.mark.slow
def test_a_broken_policy_file_is_one_line_and_exit_2_for_every_command(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("version: 1\napproval_bands: [\n")
    for args in (["status", "INV-1"], ["approvals"], ["audit", "show", "INV-1"], ["worker"]):
        out = run(args, tmp_path, env={"COUNTERSIGN_POLICY_FILE": str(broken)}, timeout=60)
        assert out.returncode == 2, (args, out.stderr)
        [line] = out.stderr.strip().splitlines()
        assert line.startswith("countersign: the policy file is not valid") and "broken.yaml:3" in line


@pytest.mark.slow
def test_the_log_level_setting_is_applied(tmp_path, demo_pdfs):
    text = {"COUNTERSIGN_LOG_FORMAT": "text"}  # captured stderr is no terminal, so "auto" would mean JSON
    quiet = run(["process", str(demo_pdfs["clean"]), "--as", "U0AP0CLERK"], tmp_path, env=text)
    loud = run(["process", str(demo_pdfs["variance"]), "--as", "U0AP0CLERK"], tmp_path,
               env={**text, "COUNTERSIGN_LOG_LEVEL": "DEBUG"})
    assert " INFO " not in quiet.stderr and " INFO " in loud.stderr  # WARNING by default
    wrong = run(["status", "X"], tmp_path, env={"COUNTERSIGN_LOG_LEVEL": "LOUD"})
    assert wrong.returncode == 2 and "not a log level" in wrong.stderr
