"""Hostile input: oversized uploads, path tricks in file names, forged and replayed Slack requests,
an approver approving their own upload, a tampered audit row, and secrets in logs."""

from __future__ import annotations

import copy
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import update

from countersign.agent.approvals import decide
from countersign.agent.runner import intake_bytes, process_bytes, process_file
from countersign.app.samples import load_demo_specs, render_invoice
from countersign.app.slack import blocks as bk
from countersign.domain import CaseStatus, ProposalStatus, Verdict
from countersign.tables import AuditEventRow, DocumentRow
from tests.slack_stub import action_body, sign

CLERK, APPROVER = "U0AP0CLERK", "U0APMGR01"


def invoice(number: str) -> bytes:
    spec = copy.deepcopy(load_demo_specs()[0])
    spec["invoice_number"] = number
    return render_invoice(spec)


# --------------------------------------------------------------------------- oversized uploads


def test_oversized_cli_upload_is_a_failed_intake_and_nothing_is_stored(services, tmp_path):
    big = tmp_path / "big.pdf"
    big.write_bytes(invoice("INV-BIG1") + b"%" * (services.settings.max_upload_bytes + 1))
    result = process_file(services, big, uploader=CLERK)
    assert result.failed and result.reason.startswith("too large"), result
    assert not any(services.settings.documents_dir.rglob("*.pdf"))
    with services.sessions() as s:
        assert s.query(DocumentRow).count() == 0


def test_oversized_cli_upload_through_the_command(tmp_path):
    big = tmp_path / "big.pdf"
    big.write_bytes(invoice("INV-BIG2") + b"%" * 60_000)
    env = {k: v for k, v in os.environ.items() if not k.startswith("COUNTERSIGN_")}
    env["COUNTERSIGN_MAX_UPLOAD_BYTES"] = "50000"
    out = subprocess.run([sys.executable, "-m", "countersign.app.cli", "--data-dir", str(tmp_path / "ws"),
                          "extract", "--json", str(big)], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 2
    assert "too large" in out.stderr and out.stdout == ""


def test_oversized_slack_upload_is_refused_before_download(slack):
    slack.settings.max_upload_bytes = 50_000
    data = invoice("INV-BIG3") + b"%" * 60_000
    slack.stub.add_file("FBIG", "big.pdf", data, user=CLERK, ts="1700000100.000100")
    slack.file_shared("FBIG", user=CLERK)
    assert slack.services.store.list_cases() == []
    assert ("FBIG", True) not in slack.stub.downloads  # the size Slack reports is enough to refuse
    replies = [p["text"] for p in slack.stub.posts(thread_ts="1700000100.000100")]
    assert any("too large" in text for text in replies), replies


# --------------------------------------------------------------------------- file names


@pytest.mark.parametrize("name", [
    "../../etc/passwd.pdf",
    "/etc/passwd.pdf",
    "..\\..\\windows\\system32\\x.pdf",
    "ünïcødé ‮fdp.exe",
])
def test_file_names_never_become_paths(services, name):
    data = invoice(f"INV-N{abs(hash(name)) % 10**6:06d}")
    result = process_bytes(services, data, filename=name, source="slack", uploader=CLERK)
    assert not result.failed, result
    documents = services.settings.documents_dir.resolve()
    stored = [p for p in documents.rglob("*") if p.is_file()]
    assert len(stored) == 1 and stored[0].read_bytes() == data
    assert stored[0].name == f"{stored[0].stem}.pdf" and len(stored[0].stem) == 64  # named by content hash
    assert not (services.settings.data_dir.parent / "etc").exists()
    assert services.store.get_case(result.case_id).status == CaseStatus.AWAITING_APPROVAL


@pytest.mark.parametrize(("name", "stored"), [
    ("inv\x00oice.pdf", "inv oice.pdf"),
    ("x" * 5000 + ".pdf", "x" * 251 + ".pdf"),
    ("../../etc/passwd.pdf", "passwd.pdf"),
    ("..", "upload.pdf"),
])
def test_file_names_are_cleaned_before_storing(services, name, stored):
    result = process_bytes(services, invoice("INV-NAME1"), filename=name, source="slack", uploader=CLERK)
    case = services.store.get_case(result.case_id)
    assert case.filename == stored
    assert case.status == CaseStatus.AWAITING_APPROVAL  # the upload is not lost


# --------------------------------------------------------------------------- forged and replayed Slack requests


def _awaiting(slack, number: str) -> str:
    result = process_bytes(slack.services, invoice(number), filename=f"{number}.pdf", source="slack", uploader=CLERK)
    return slack.services.store.proposals_for_case(result.case_id)[0].id


def test_forged_slack_requests_are_refused(slack):
    proposal_id = _awaiting(slack, "INV-F0001")
    body = action_body(bk.APPROVE_ACTION, proposal_id, user=APPROVER)
    ctype = "application/x-www-form-urlencoded"
    wrong_secret = slack.dispatch(body, ctype, signed=sign(body, secret="not-the-secret"))
    no_signature = slack.dispatch(body, ctype, signed={})
    stale = slack.dispatch(body, ctype, signed=sign(body, timestamp=int(time.time()) - 3600))  # a replay, later
    signed_other = sign(body.replace(APPROVER, "U0ATTACKER"))
    swapped = slack.dispatch(body, ctype, signed=signed_other)  # signature of another body
    assert [r.status for r in (wrong_secret, no_signature, stale, swapped)] == [401, 401, 401, 401]
    assert slack.services.store.get_proposal(proposal_id).status == ProposalStatus.AWAITING_APPROVAL
    assert slack.services.store.decisions_for(proposal_id) == []


def test_a_replayed_approval_applies_once(slack):
    proposal_id = _awaiting(slack, "INV-F0002")
    body = action_body(bk.APPROVE_ACTION, proposal_id, user=APPROVER)
    headers = sign(body)
    first = slack.dispatch(body, "application/x-www-form-urlencoded", signed=headers)
    again = slack.dispatch(body, "application/x-www-form-urlencoded", signed=headers,
                           headers={"x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout"})
    assert first.status == again.status == 200
    assert len(slack.services.store.decisions_for(proposal_id)) == 1
    assert slack.services.store.get_proposal(proposal_id).status == ProposalStatus.POSTED
    posted = [e for e in slack.services.audit.events() if e.action == "posted"]
    assert len(posted) == 1


# --------------------------------------------------------------------------- segregation of duties


def test_an_approver_cannot_approve_their_own_upload(services):
    result = process_bytes(services, invoice("INV-SOD01"), filename="own.pdf", source="slack", uploader=APPROVER)
    proposal = services.store.proposals_for_case(result.case_id)[0]
    outcome = decide(services, proposal.id, approver_id=APPROVER, verdict=Verdict.APPROVE)
    assert not outcome.applied
    assert any("upload" in r.lower() for r in outcome.refusals), outcome.refusals
    assert services.store.get_proposal(proposal.id).status == ProposalStatus.AWAITING_APPROVAL
    assert [e.action for e in services.audit.events(result.case_id)][-1] == "decision_refused"


def test_own_upload_refused_through_slack_too(slack):
    result = process_bytes(slack.services, invoice("INV-SOD02"), filename="own.pdf", source="slack",
                           uploader=APPROVER)
    proposal_id = slack.services.store.proposals_for_case(result.case_id)[0].id
    slack.click(bk.APPROVE_ACTION, proposal_id, user=APPROVER)
    assert slack.services.store.get_proposal(proposal_id).status == ProposalStatus.AWAITING_APPROVAL
    assert slack.stub.of("chat.postEphemeral"), "the approver is told why"


# --------------------------------------------------------------------------- tampered audit rows


@pytest.mark.parametrize("field", ["payload", "actor", "delete"])
def test_a_tampered_audit_row_is_detected(services, field):
    intake_bytes(services, invoice("INV-AUD01"), filename="a.pdf", source="cli", uploader=CLERK)
    process_bytes(services, invoice("INV-AUD02"), filename="b.pdf", source="cli", uploader=CLERK)
    assert services.audit.verify().ok
    target = 3
    with services.sessions.begin() as s:
        if field == "payload":
            s.execute(update(AuditEventRow).where(AuditEventRow.seq == target).values(payload='{"forged": true}'))
        elif field == "actor":
            s.execute(update(AuditEventRow).where(AuditEventRow.seq == target).values(actor="U0ATTACKER"))
        else:
            s.query(AuditEventRow).filter(AuditEventRow.seq == target).delete()
    result = services.audit.verify()
    assert not result.ok and result.first_bad_seq in (target, target + 1), result
    assert result.reason


# --------------------------------------------------------------------------- secrets in logs

FAKE_SECRETS = {
    "COUNTERSIGN_OPENAI_API_KEY": "sk-FAKEOPENAI0123456789abcdefSECRET",
    "COUNTERSIGN_SLACK_BOT_TOKEN": "xoxb-111-222-FAKEBOTTOKENSECRET",
    "COUNTERSIGN_SLACK_APP_TOKEN": "xapp-1-A111-222-FAKEAPPTOKENSECRET",
    "COUNTERSIGN_SLACK_SIGNING_SECRET": "FAKESIGNINGSECRET0123456789abcdef",
    "COUNTERSIGN_QBO_CLIENT_SECRET": "FAKEQBOCLIENTSECRET0123456789",
    "COUNTERSIGN_TOKEN_KEY": "FAKETOKENKEYc2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0MDE=",
    "COUNTERSIGN_SF_PASSWORD": "FAKESALESFORCEPASSWORD01",
}


@pytest.mark.slow
def test_the_demo_never_logs_a_secret(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("COUNTERSIGN_")}
    env.update(FAKE_SECRETS)
    env.update({
        "COUNTERSIGN_LOG_LEVEL": "DEBUG",
        "COUNTERSIGN_OPENAI_BASE_URL": "http://127.0.0.1:9/v1",  # nothing leaves the machine
        "COUNTERSIGN_SLACK_API_URL": "http://127.0.0.1:9/api/",
        "PYTHONWARNINGS": "always",
    })
    data_dir = tmp_path / "ws"
    out = subprocess.run([sys.executable, "-m", "countersign.app.cli", "--data-dir", str(data_dir),
                          "demo", "--no-input"], capture_output=True, text=True, env=env,
                         stdin=subprocess.DEVNULL, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "posted" in out.stdout.lower() or "posted" in out.stderr.lower()
    sources = {"stdout": out.stdout, "stderr": out.stderr}
    for path in Path(data_dir).rglob("*"):
        if path.is_file() and path.suffix != ".pdf":
            sources[str(path)] = path.read_bytes().decode("utf-8", errors="replace")
    leaks = [(where, name, n + 1)
             for where, text in sources.items()
             for n, line in enumerate(text.splitlines())
             for name, secret in FAKE_SECRETS.items()
             if secret in line or secret[:16] in line]
    assert leaks == []
