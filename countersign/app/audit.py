"""Append-only, hash-chained audit log that an auditor can replay and verify.

Each event's hash covers its sequence number, time, actor, action, subject, the digest of its
payload and the previous event's hash; its MAC covers the hash with a key the database does not
hold. Editing, deleting or reordering any row breaks the chain at that row, and `verify` names
the first bad event; re-chaining needs the key; deleting the last events shows against the
anchors written outside the database. What `verify` checks is in app/audit_check.py; the log
is read for it in app/audit_rows.py.
"""

from __future__ import annotations

import hmac
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from countersign.app.audit_check import (
    GENESIS,
    VerifyResult,
    anchor_mac,
    event_hash,
    event_mac,
    row_problem,
    shape_problem,
)
from countersign.app.audit_rows import KEY_FILE, LOG, event_of, plain_rows, read_anchor_file, verify_log
from countersign.app.workspace_keys import workspace_key
from countersign.domain import AuditEvent, canonical_json, sha256_hex, utcnow
from countersign.tables import AuditEventRow

EVENTS = AuditEventRow.__table__  # read with Core into plain rows, written through the mapped class

_HEAD = "countersign.audit.head"  # session.info key: the head this transaction appended
_ACTIONS = "countersign.audit.actions"  # session.info key: the actions it appended
_LAST = "countersign.audit.last"  # session.info key: (transaction, seq, hash) of the event it appended last


def _forget(session: Session) -> None:
    session.info.pop(_HEAD, None)
    session.info.pop(_ACTIONS, None)
    session.info.pop(_LAST, None)

AUDIT_LOCK_KEY = 0x636F756E  # an arbitrary, fixed advisory-lock key for the audit chain


def load_audit_key(secret: str | None, data_dir: Path) -> bytes:
    """The key that MACs the log: COUNTERSIGN_AUDIT_KEY, else a random one kept in the workspace's
    `audit.key` (created once, readable by its owner only). Either way not in the database: a copy
    of the database alone cannot forge events. Several hosts sharing one PostgreSQL store must
    share COUNTERSIGN_AUDIT_KEY."""
    if secret:
        return secret.encode()
    return workspace_key(data_dir / KEY_FILE, "audit key",
                         "COUNTERSIGN_AUDIT_KEY to the key the log was written with").encode()


class AuditLog:
    """Writes and reads the chain. `append` takes the caller's session so an event commits
    together with the state change it records (one transaction, nothing half-written). Each
    event is MAC'd with `key`; after each commit that appended, the head is appended to the
    anchor file outside the database."""

    def __init__(self, sessions: sessionmaker[Session], *, key: bytes | None = None, anchor: Path | None = None,
                 reads: sessionmaker[Session] | None = None):
        self._sessions = sessions
        self._reads = reads or sessions  # for reads of one statement (app/db.py `read_session_factory`)
        self._key = key
        self._anchor = anchor
        event.listen(sessions, "after_commit", self._committed)
        event.listen(sessions, "after_rollback", _forget)

    def _committed(self, session: Session) -> None:
        """After a commit that appended: count its actions (metrics) and anchor the head."""
        from countersign.app.metrics import count_committed

        count_committed(session.info.pop(_ACTIONS, []))
        session.info.pop(_LAST, None)
        head = session.info.pop(_HEAD, None)
        if head is None or self._anchor is None:
            return
        seq, hash_ = head
        line = json.dumps({"seq": seq, "hash": hash_, "at": utcnow().isoformat(),
                           "mac": anchor_mac(self._key, seq, hash_) if self._key else None})
        fd = os.open(self._anchor, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, (line + "\n").encode())  # one write: lines from several processes never interleave
        finally:
            os.close(fd)

    def append(
        self, session: Session, *, actor: str, action: str, subject: str, payload: dict[str, Any] | None = None
    ) -> None:
        text = canonical_json(payload or {})
        digest = sha256_hex(text)
        transaction = session.get_transaction()
        last = session.info.pop(_LAST, None)
        if last is not None and last[0] is transaction and not session.in_nested_transaction():
            # This transaction appended the head itself and still holds the chain (PostgreSQL's
            # lock, SQLite's write lock) until it ends: its next event follows on without asking.
            last_seq, prev = last[1], last[2]
        else:
            last_seq, prev = _locked_head(session)
        seq = last_seq + 1
        at = utcnow()
        row = AuditEventRow(
            seq=seq,
            at=at,
            actor=actor,
            action=action,
            subject=subject,
            payload=text,
            payload_digest=digest,
            prev_hash=prev,
            hash=event_hash(seq, at, actor, action, subject, digest, prev),
        )
        row.mac = event_mac(self._key, row.hash) if self._key else None
        session.add(row)
        session.flush()  # a concurrent writer that took the same seq fails here, on the primary key
        session.info[_HEAD] = (seq, row.hash)  # anchored once this transaction commits
        if not session.in_nested_transaction():  # a savepoint may still be rolled back: ask again after it
            session.info[_LAST] = (transaction, seq, row.hash)
        session.info.setdefault(_ACTIONS, []).append(action)

    def record(self, *, actor: str, action: str, subject: str, payload: dict[str, Any] | None = None) -> None:
        """Append in a transaction of its own, retrying if another writer took the sequence number."""
        for attempt in range(20):
            try:
                with self._sessions.begin() as session:
                    self.append(session, actor=actor, action=action, subject=subject, payload=payload)
                return
            except IntegrityError:
                if attempt == 19:
                    raise

    def events(self, subject: str | None = None) -> list[AuditEvent]:
        with self._reads() as session:
            query = select(EVENTS).order_by(EVENTS.c.seq)
            if subject is not None:
                query = query.where(EVENTS.c.subject == subject)
            return [event_of(r) for r in session.execute(query)]

    def authentic_events(self, subject: str) -> list[AuditEvent]:
        """A subject's events whose MAC proves countersign wrote them (all of them without a key)."""
        with self._reads() as session:
            rows = session.execute(select(EVENTS).where(EVENTS.c.subject == subject).order_by(EVENTS.c.seq))
            return [event_of(r) for r in rows if self._key is None
                    or (r.mac is not None and hmac.compare_digest(r.mac, event_mac(self._key, r.hash)))]

    def verify_subject(self, subject: str) -> tuple[bool, str]:
        """A cheap check of one case's trail (the console shows it on every case page): each of its
        events unchanged (payload digest and hash recomputed, MAC checked) and linked to the event
        before it. `audit verify` checks the whole log, the anchors and the postings."""
        with self._sessions() as session:
            connection = session.connection()
            rows = plain_rows(connection, LOG.c.subject == subject)
            before = {r.seq: r.hash for r in plain_rows(
                connection, LOG.c.seq.in_([r.seq - 1 for r in rows if type(r.seq) is int]))}
        macs_begun = False
        for row in rows:
            if type(row.seq) is not int:
                return False, f"an event's seq is not a number: {shape_problem(row)}"
            problem = row_problem(row, row.seq, before.get(row.seq - 1, GENESIS), self._key, macs_begun)
            if problem:
                return False, f"event {row.seq}: {problem}"
            macs_begun = macs_begun or row.mac is not None
        return True, f"{len(rows)} events verified"

    def head(self) -> dict[str, Any] | None:
        """The last event as an anchor (sequence, hash, MAC, time): what to keep outside the database."""
        with self._reads() as session:
            row = session.execute(select(EVENTS).order_by(EVENTS.c.seq.desc()).limit(1)).first()
        if row is None:
            return None
        return {"seq": row.seq, "hash": row.hash, "at": row.at.isoformat(),
                "mac": anchor_mac(self._key, row.seq, row.hash) if self._key else None}

    def verify(self, anchors: Sequence[dict[str, Any]] | None = None) -> VerifyResult:
        """The chain (with its MACs), the anchors (the workspace's anchor file unless given), and
        the meaning of every posting; see app/audit_check.py."""
        if anchors is None:
            anchors = read_anchor_file(self._anchor)
        with self._sessions() as session:
            return verify_log(session.connection(), self._key, anchors)

    def trail(self, subject: str) -> tuple[list[AuditEvent], list[str]]:
        """A subject's events for `audit show`, and a problem for each event that cannot be read as
        one (shape_problem: a row edited outside countersign), instead of a traceback."""
        with self._reads() as session:
            rows = plain_rows(session.connection(), LOG.c.subject == subject)
        events, problems = [], []
        for row in rows:
            problem = shape_problem(row)
            if problem:
                problems.append(f"event {row.seq if type(row.seq) is int else '(seq no number)'}: {problem}")
            else:
                events.append(event_of(row))
        return events, problems


# The lock, then the head, as two statements of one simple-protocol query: one round trip, and the
# head is read by the second statement, under a snapshot taken after the lock was granted (one
# statement doing both would read the head as of before its wait: a stale head, a forked chain).
_LOCK_THEN_HEAD = (f"SELECT pg_advisory_xact_lock({AUDIT_LOCK_KEY}); "
                   "SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1")


def _locked_head(session: Session) -> tuple[int, str]:
    """(seq, hash) of the chain's last event (0 and GENESIS for none), this transaction holding the
    right to append after it. On PostgreSQL one appender at a time, until its transaction ends:
    concurrent writers (threads, worker processes) would otherwise read the same head and fork the
    chain. On SQLite the insert takes the database's write lock, and a concurrent writer that read
    the same head fails on the primary key."""
    if session.get_bind().dialect.name == "postgresql":
        cursor = session.connection().connection.cursor()  # the session's own connection and transaction
        try:
            cursor.execute(_LOCK_THEN_HEAD)
            cursor.nextset()
            last = cursor.fetchone()
        finally:
            cursor.close()
    else:
        last = session.execute(
            select(AuditEventRow.seq, AuditEventRow.hash).order_by(AuditEventRow.seq.desc()).limit(1)).first()
    return (int(last[0]), str(last[1])) if last else (0, GENESIS)
