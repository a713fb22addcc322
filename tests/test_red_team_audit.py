"""Red team of the audit log (issue item 3): what a copy of the database could do, shown caught.

Every attack edits the database directly, as someone holding a copy (or write access to it)
would: without the audit key, kept outside the database, and without rewriting the anchors.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import threading
import time

import pytest
from sqlalchemy import delete, func, select, update

from countersign.agent.approvals import decide
from countersign.agent.runner import process_file, recover
from countersign.app.audit_check import check_postings, event_hash
from countersign.domain import AuditEvent, CaseStatus, ProposalStatus, Verdict, canonical_json, sha256_hex
from countersign.tables import AuditEventRow, LedgerBillRow, ProposalRow
from tests.conftest import NOW
from tests.test_cli import run

CLERK, MANAGER = "U0AP0CLERK", "U0APMGR01"


def _posted_case(services, demo_pdfs) -> str:
    case_id = process_file(services, demo_pdfs["clean"], uploader=CLERK).case_id
    [proposal] = services.store.proposals_for_case(case_id)
    assert decide(services, proposal.id, approver_id=MANAGER, verdict=Verdict.APPROVE).status == ProposalStatus.POSTED
    assert services.audit.verify().ok
    return case_id


def _last_seq(services) -> int:
    with services.sessions() as s:
        return s.scalar(select(func.max(AuditEventRow.seq)))


def test_deleting_the_last_events_is_caught(services, demo_pdfs):
    _posted_case(services, demo_pdfs)
    last = _last_seq(services)
    with services.sessions.begin() as s:
        s.execute(delete(AuditEventRow).where(AuditEventRow.seq > last - 3))
    result = services.audit.verify()
    assert not result.ok and f"event {last} was anchored" in " ".join(result.problems)


def test_deleting_every_event_is_caught(services, demo_pdfs):
    _posted_case(services, demo_pdfs)
    with services.sessions.begin() as s:
        s.execute(delete(AuditEventRow))
    result = services.audit.verify()
    assert not result.ok and result.events == 0 and "missing from the log" in result.reason


def test_a_forged_event_with_a_recomputed_hash_is_caught(services, demo_pdfs):
    """The forger appends a perfectly chained 'decision_approve': without the key, no valid MAC."""
    _posted_case(services, demo_pdfs)
    with services.sessions.begin() as s:
        last = s.scalars(select(AuditEventRow).order_by(AuditEventRow.seq.desc()).limit(1)).one()
        payload = canonical_json({"proposal_id": "P-FORGED", "reason": ""})
        digest = sha256_hex(payload)
        seq = last.seq + 1
        s.add(AuditEventRow(seq=seq, at=NOW, actor="U0CFO0001", action="decision_approve", subject="C-FORGED",
                            payload=payload, payload_digest=digest, prev_hash=last.hash,
                            hash=event_hash(seq, NOW, "U0CFO0001", "decision_approve", "C-FORGED", digest, last.hash),
                            mac=sha256_hex("a guess")))
    result = services.audit.verify()
    assert not result.ok and result.first_bad_seq == seq and "MAC" in result.reason


def test_deleting_a_decision_and_re_chaining_the_rest_is_caught(services, demo_pdfs):
    """Delete the approval, renumber, recompute every hash: a valid chain, but MACs of other hashes."""
    case_id = _posted_case(services, demo_pdfs)
    decision = next(e for e in services.audit.events(case_id) if e.action == "decision_approve")
    with services.sessions.begin() as s:
        s.execute(delete(AuditEventRow).where(AuditEventRow.seq == decision.seq))
        later = select(AuditEventRow).where(AuditEventRow.seq > decision.seq).order_by(AuditEventRow.seq)
        rows = list(s.scalars(later))
        prev = s.scalar(select(AuditEventRow.hash).where(AuditEventRow.seq == decision.seq - 1))
        for row in rows:
            s.execute(update(AuditEventRow).where(AuditEventRow.seq == row.seq).values(seq=row.seq - 1))
        s.flush()
        renumbered = select(AuditEventRow).where(AuditEventRow.seq >= decision.seq).order_by(AuditEventRow.seq)
        for row in s.scalars(renumbered):
            row.prev_hash = prev
            row.hash = event_hash(row.seq, row.at, row.actor, row.action, row.subject, row.payload_digest, prev)
            prev = row.hash
    result = services.audit.verify()
    assert not result.ok and result.first_bad_seq == decision.seq and "MAC" in result.reason


def test_an_approved_status_written_into_the_database_posts_nothing(services, demo_pdfs):
    """`UPDATE proposals SET status='approved'` then recover: the post step counts the approvals on
    record itself, finds none, and refuses; nothing reaches the ledger."""
    case_id = process_file(services, demo_pdfs["clean"], uploader=CLERK).case_id
    [proposal] = services.store.proposals_for_case(case_id)
    with services.sessions.begin() as s:
        s.execute(update(ProposalRow).where(ProposalRow.id == proposal.id).values(status="approved"))
    recover(services)
    with services.sessions() as s:
        assert s.scalar(select(func.count()).select_from(LedgerBillRow)
                        .where(LedgerBillRow.invoice_number == "INV-1043")) == 0
    case = services.store.get_case(case_id)
    assert case.status == CaseStatus.FAILED and "not posted" in case.reason
    assert services.store.get_proposal(proposal.id).status == ProposalStatus.FAILED
    assert "post_refused" in [e.action for e in services.audit.events(case_id)]
    assert services.audit.verify().ok  # nothing posted, so nothing to answer for


def test_a_decision_row_added_to_the_database_does_not_count(services, demo_pdfs):
    """A forged decision row with the status: the audit log does not vouch for it."""
    from countersign.tables import DecisionRow

    case_id = process_file(services, demo_pdfs["clean"], uploader=CLERK).case_id
    [proposal] = services.store.proposals_for_case(case_id)
    with services.sessions.begin() as s:
        s.add(DecisionRow(proposal_id=proposal.id, approver_id=MANAGER, verdict="approve", reason="", at=NOW,
                          channel="terminal"))
        s.execute(update(ProposalRow).where(ProposalRow.id == proposal.id).values(status="approved"))
    recover(services)
    assert services.store.get_proposal(proposal.id).status == ProposalStatus.FAILED


def test_verify_judges_each_posting_by_its_recorded_approvals():
    def event(seq, action, actor="system", **payload):
        return AuditEvent(seq, NOW, actor, action, "C-1", payload, "h")

    requested = event(1, "approval_requested", proposal_id="P-1", roles=["cfo"], approvers_required=2)
    one_cfo = event(2, "decision_approve", "U0CFO0001", proposal_id="P-1", authority=["cfo"],
                    requirement={"roles": ["cfo"], "approvers_required": 2})
    clerk = event(3, "decision_approve", "U0AP0CLERK", proposal_id="P-1", authority=["ap_clerk"],
                  requirement={"roles": ["cfo"], "approvers_required": 2})
    posted = event(4, "posted", proposal_id="P-1")
    assert "1 authorized approval(s) where 2 were required" in check_postings([requested, one_cfo, clerk, posted])[0]
    second = event(3, "decision_approve", "U0CFO0002", proposal_id="P-1", authority=["cfo"],
                   requirement={"roles": ["cfo"], "approvers_required": 2})
    assert check_postings([requested, one_cfo, second, posted]) == []
    assert "ever requested" in check_postings([posted])[0]
    rejected = event(3, "decision_reject", "U0CFO0002", proposal_id="P-1")
    assert "rejected before it posted" in check_postings([requested, one_cfo, rejected, posted])[0]


@pytest.mark.slow
def test_verify_runs_on_a_read_only_copy(tmp_path, demo_pdfs):
    """An auditor's copy: the database file read-only, the key and the anchors beside it."""
    run(["seed"], tmp_path)
    assert run(["process", str(demo_pdfs["clean"]), "--as", CLERK], tmp_path).returncode == 0
    ws, copy = tmp_path / "ws", tmp_path / "audit-copy"
    copy.mkdir()
    for name in ("countersign.db", "audit.key", "audit-anchor.jsonl"):
        shutil.copy(ws / name, copy / name)
        os.chmod(copy / name, stat.S_IRUSR)
    os.chmod(copy, stat.S_IRUSR | stat.S_IXUSR)  # not even a journal may be created here
    try:
        args = ["audit", "verify", "--db", str(copy / "countersign.db"), "--anchor", str(copy / "audit-anchor.jsonl"),
                "--key-file", str(copy / "audit.key")]
        ok = run(args, tmp_path / "elsewhere")
        assert ok.returncode == 0 and "chain valid" in ok.stdout, ok.stderr
        assert sorted(p.name for p in copy.iterdir()) == ["audit-anchor.jsonl", "audit.key", "countersign.db"]
    finally:
        os.chmod(copy, stat.S_IRWXU)
    tampered = tmp_path / "tampered"
    shutil.copytree(copy, tampered)
    db = sqlite3.connect(tampered / "countersign.db")
    db.execute("delete from audit_events where seq = (select max(seq) from audit_events)")
    db.commit()
    db.close()
    bad = run(["audit", "verify", "--db", str(tampered / "countersign.db"), "--anchor",
               str(tampered / "audit-anchor.jsonl"), "--key-file", str(tampered / "audit.key")], tmp_path / "elsewhere")
    assert bad.returncode == 1 and "was anchored outside the database" in bad.stderr



def _cli_workspace(tmp_path, demo_pdfs):
    """A workspace with a processed invoice, its log verified; the path of its database."""
    run(["seed"], tmp_path)
    assert run(["process", str(demo_pdfs["clean"]), "--as", CLERK], tmp_path).returncode == 0
    assert run(["audit", "verify"], tmp_path).returncode == 0
    return tmp_path / "ws" / "countersign.db"


@pytest.mark.slow
@pytest.mark.parametrize("column", ["actor", "payload"])
def test_a_blob_written_into_a_text_column_is_reported_not_a_traceback(tmp_path, demo_pdfs, column):
    """Someone editing the SQLite file stores bytes where the log keeps text: tampering, named by event."""
    db = sqlite3.connect(_cli_workspace(tmp_path, demo_pdfs))
    db.execute(f"update audit_events set {column} = X'00ff' where seq = 2")
    db.commit()
    db.close()
    out = run(["audit", "verify"], tmp_path)
    assert out.returncode == 1 and "Traceback" not in out.stderr, out.stderr
    assert f"audit chain broken at event 2: {column} is not text but bytes" in out.stderr


@pytest.mark.slow
@pytest.mark.parametrize("line", ["[1, 2]", '"x"', "3"])
def test_an_anchor_line_of_json_but_no_object_is_reported_not_a_traceback(tmp_path, demo_pdfs, line):
    _cli_workspace(tmp_path, demo_pdfs)
    anchors = tmp_path / "ws" / "audit-anchor.jsonl"
    number = len(anchors.read_text().splitlines()) + 1
    with anchors.open("a") as out:
        out.write(line + "\n")
    out = run(["audit", "verify"], tmp_path)
    assert out.returncode == 1 and "Traceback" not in out.stderr, out.stderr
    assert f"anchor file line {number} is not an anchor" in out.stderr


def test_the_worker_posts_the_audit_head_to_the_audit_channel(tmp_path, services, demo_pdfs):
    from countersign.app.worker import run_worker
    from tests.slack_stub import BOT_TOKEN, SlackStub

    _posted_case(services, demo_pdfs)
    head = services.audit.head()
    stub = SlackStub().start()
    try:
        settings = services.settings.model_copy(update={
            "slack_audit_channel": "C0AUDIT", "slack_api_url": stub.api_url,
            "slack_bot_token": __import__("pydantic").SecretStr(BOT_TOKEN)})
        stop = threading.Event()

        def stop_once_posted() -> None:  # not on a timer: a slow start must not stop the worker first
            deadline = time.monotonic() + 30
            while not stub.posts("C0AUDIT") and time.monotonic() < deadline:
                time.sleep(0.05)
            stop.set()

        threading.Thread(target=stop_once_posted, daemon=True).start()
        run_worker(settings, stop, poll_seconds=0.1, grace_seconds=0.0)
        [post] = stub.posts("C0AUDIT")
        assert f"event {head['seq']}" in post["text"] and head["hash"] in post["text"] and head["mac"] in post["text"]
    finally:
        stub.stop()
