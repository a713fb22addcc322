"""The audit chain verifies after real work and breaks, naming the event, after any tampering."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, update

from countersign.agent.runner import process_file
from countersign.tables import AuditEventRow


def _run_some_cases(services, demo_pdfs):
    for name in ("clean", "duplicate", "variance"):
        process_file(services, demo_pdfs[name], uploader="U0AP0CLERK")
    result = services.audit.verify()
    assert result.ok and result.events >= 15
    return result.events


def test_chain_is_valid_after_a_run(services, demo_pdfs):
    _run_some_cases(services, demo_pdfs)
    events = services.audit.events()
    assert [e.seq for e in events] == list(range(1, len(events) + 1))
    assert all(e.at.tzinfo is not None for e in events)


def test_edited_payload_is_detected(services, demo_pdfs):
    _run_some_cases(services, demo_pdfs)
    with services.sessions.begin() as s:
        s.execute(update(AuditEventRow).where(AuditEventRow.seq == 5).values(payload='{"forged":true}'))
    result = services.audit.verify()
    assert not result.ok and result.first_bad_seq == 5


def test_edited_payload_with_recomputed_digest_is_detected(services, demo_pdfs):
    from countersign.domain import sha256_hex

    _run_some_cases(services, demo_pdfs)
    forged = '{"forged":true}'
    with services.sessions.begin() as s:
        s.execute(update(AuditEventRow).where(AuditEventRow.seq == 4)
                  .values(payload=forged, payload_digest=sha256_hex(forged)))
    result = services.audit.verify()
    assert not result.ok and result.first_bad_seq == 4 and "hash" in result.reason


def test_edited_actor_is_detected(services, demo_pdfs):
    _run_some_cases(services, demo_pdfs)
    with services.sessions.begin() as s:
        s.execute(update(AuditEventRow).where(AuditEventRow.seq == 7).values(actor="U0CFO0001"))
    assert services.audit.verify().first_bad_seq == 7


def test_deleted_event_is_detected(services, demo_pdfs):
    total = _run_some_cases(services, demo_pdfs)
    with services.sessions.begin() as s:
        s.execute(delete(AuditEventRow).where(AuditEventRow.seq == total - 2))
    result = services.audit.verify()
    assert not result.ok and result.first_bad_seq == total - 1


def test_deleted_last_event_is_caught_by_the_anchor_outside_the_database(services, demo_pdfs):
    """Truncating the tail leaves a valid shorter chain; the head anchored after each commit does not."""
    total = _run_some_cases(services, demo_pdfs)
    with services.sessions.begin() as s:
        s.execute(delete(AuditEventRow).where(AuditEventRow.seq == total))
    result = services.audit.verify()
    assert not result.ok and result.first_bad_seq is None and f"event {total} was anchored" in result.reason


def test_reordered_events_are_detected(services, demo_pdfs):
    _run_some_cases(services, demo_pdfs)
    with services.sessions.begin() as s:
        s.execute(update(AuditEventRow).where(AuditEventRow.seq == 3).values(seq=-3))
        s.execute(update(AuditEventRow).where(AuditEventRow.seq == 6).values(seq=3))
        s.execute(update(AuditEventRow).where(AuditEventRow.seq == -3).values(seq=6))
    result = services.audit.verify()
    assert not result.ok and result.first_bad_seq == 3


def test_concurrent_appenders_keep_one_chain(services):
    """Threads (parallel tool calls, several workers) appending at once never fork the chain."""
    from concurrent.futures import ThreadPoolExecutor

    def write(i):
        services.audit.record(actor="system", action="ping", subject=f"T-{i % 3}", payload={"i": i})

    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(write, range(40)))
    result = services.audit.verify()
    assert result.ok and result.events == 40


def test_a_session_appends_after_the_chain_moved_on(services):
    """A transaction's later events follow its own earlier ones; a new transaction of the same
    session (after a commit, a rollback, or a close that dropped what it appended) reads the head
    afresh, whatever other writers appended meanwhile."""
    audit = services.audit
    s = services.sessions()
    with s.begin():
        audit.append(s, actor="system", action="one", subject="S")
        audit.append(s, actor="system", action="two", subject="S")
    audit.record(actor="system", action="other", subject="O")
    with s.begin():
        audit.append(s, actor="system", action="three", subject="S")
    s.begin()
    audit.append(s, actor="system", action="dropped", subject="S")
    s.rollback()
    audit.record(actor="system", action="other", subject="O")
    s.begin()
    audit.append(s, actor="system", action="dropped", subject="S")
    s.close()
    audit.record(actor="system", action="other", subject="O")
    with s.begin():
        audit.append(s, actor="system", action="four", subject="S")
    s.close()
    result = audit.verify()
    assert result.ok, result.reason
    assert [e.action for e in audit.events()] == ["one", "two", "other", "three", "other", "other", "four"]


def test_appends_in_state_changes_wait_their_turn_on_postgres(services):
    """On PostgreSQL, transactions that change state and append (no retry, unlike `record`) never
    collide: each waits for the chain's lock, then reads the head its predecessor committed. A
    head read under a snapshot from before the wait would take a number already taken and fail."""
    import threading
    import time
    from concurrent.futures import ThreadPoolExecutor

    if not services.settings.is_postgres:
        pytest.skip("SQLite serializes writers with its database lock; a stale reader fails and retries")
    start = threading.Barrier(6)

    def change(i):
        start.wait()
        with services.sessions.begin() as s:
            services.audit.append(s, actor="system", action="ping", subject=f"T-{i}", payload={"i": i})
            services.audit.append(s, actor="system", action="pong", subject=f"T-{i}", payload={"i": i})
            time.sleep(0.02)  # the lock is held to the commit: the others are waiting now

    with ThreadPoolExecutor(max_workers=6) as pool:
        list(pool.map(change, range(6)))
    result = services.audit.verify()
    assert result.ok and result.events == 12
    events = services.audit.events()
    assert [e.action for e in events] == ["ping", "pong"] * 6  # each transaction's events stay together
    assert all(a.subject == b.subject for a, b in zip(events[::2], events[1::2], strict=True))


@pytest.mark.parametrize("text", ["U0APMGR01", 'a "quoted" \\ back\\slash', "ctrl \x00\x1f\t\n", "Zürich 東京 ✓",
                                  "emoji 🧾 \ud800", "", "</script>"])
def test_event_hash_is_the_hash_of_the_canonical_json_of_the_fields(text):
    """event_hash writes the canonical JSON itself (it is paid per event by `verify`): it must be
    byte for byte canonical_json's, or every event written before would fail to verify."""
    from datetime import datetime, timezone

    from countersign.app.audit_check import event_hash
    from countersign.domain import canonical_json, sha256_hex

    at = datetime(2026, 12, 2, 0, 13, 4, 621791, tzinfo=timezone.utc)
    for fields in ((7, at, text, "posted", text, "d" * 64, text), (7, at, None, 3, text, "d", "p")):
        seq, _, actor, action, subject, digest, prev = fields
        canonical = canonical_json({"seq": seq, "at": at.isoformat(), "actor": actor, "action": action,
                                    "subject": subject, "payload_digest": digest, "prev_hash": prev})
        assert event_hash(*fields) == sha256_hex(canonical)
