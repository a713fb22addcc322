"""Append-only, hash-chained audit log that an auditor can replay and verify.

Each event's hash covers its sequence number, time, actor, action, subject, the digest of its
payload and the previous event's hash; its MAC covers the hash with a key the database does not
hold. Editing, deleting or reordering any row breaks the chain at that row, and `verify` names
the first bad event; re-chaining needs the key; deleting the last events shows against the
anchors written outside the database. What `verify` checks is in app/audit_check.py.
"""

from __future__ import annotations

import hmac
import json
import os
import secrets
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import String, event, select, type_coerce
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.types import TypeDecorator

from countersign.app.audit_check import (
    GENESIS,
    POSTING_EVIDENCE,
    NotUTF8,
    VerifyResult,
    anchor_mac,
    check_anchors,
    check_chain,
    check_postings,
    event_hash,
    event_mac,
    payload_object,
    read_anchors,
    row_problem,
    shape_problem,
    timestamp,
)
from countersign.domain import AuditEvent, canonical_json, sha256_hex, utcnow
from countersign.tables import AuditEventRow

_HEAD = "countersign.audit.head"  # session.info key: the head this transaction appended
_ACTIONS = "countersign.audit.actions"  # session.info key: the actions it appended
_LAST = "countersign.audit.last"  # session.info key: (transaction, seq, hash) of the event it appended last


def _forget(session: Session) -> None:
    session.info.pop(_HEAD, None)
    session.info.pop(_ACTIONS, None)
    session.info.pop(_LAST, None)

AUDIT_LOCK_KEY = 0x636F756E  # an arbitrary, fixed advisory-lock key for the audit chain
KEY_FILE = "audit.key"  # in the workspace when COUNTERSIGN_AUDIT_KEY is not set
ANCHOR_FILE = "audit-anchor.jsonl"


def load_audit_key(secret: str | None, data_dir: Path) -> bytes:
    """The key that MACs the log: COUNTERSIGN_AUDIT_KEY, else a random one kept in the workspace's
    `audit.key` (created once, readable by its owner only). Either way not in the database: a copy
    of the database alone cannot forge events. Several hosts sharing one PostgreSQL store must
    share COUNTERSIGN_AUDIT_KEY."""
    if secret:
        return secret.encode()
    path = data_dir / KEY_FILE
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_bytes().strip()
    with os.fdopen(fd, "w") as out:
        out.write(secrets.token_hex(32))
    return path.read_bytes().strip()


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
            query = select(AuditEventRow).order_by(AuditEventRow.seq)
            if subject is not None:
                query = query.where(AuditEventRow.subject == subject)
            return [_event(r) for r in session.scalars(query)]

    def authentic_events(self, subject: str) -> list[AuditEvent]:
        """A subject's events whose MAC proves countersign wrote them (all of them without a key)."""
        with self._reads() as session:
            rows = session.scalars(select(AuditEventRow).where(AuditEventRow.subject == subject)
                                   .order_by(AuditEventRow.seq))
            return [_event(r) for r in rows if self._key is None
                    or (r.mac is not None and hmac.compare_digest(r.mac, event_mac(self._key, r.hash)))]

    def verify_subject(self, subject: str) -> tuple[bool, str]:
        """A cheap check of one case's trail (the console shows it on every case page): each of its
        events unchanged (payload digest and hash recomputed, MAC checked) and linked to the event
        before it. `audit verify` checks the whole log, the anchors and the postings."""
        with self._sessions() as session:
            rows = _plain_rows(session, AuditEventRow.subject == subject)
            before = {r.seq: r.hash for r in _plain_rows(
                session, AuditEventRow.seq.in_([r.seq - 1 for r in rows if type(r.seq) is int]))}
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
            row = session.scalars(select(AuditEventRow).order_by(AuditEventRow.seq.desc()).limit(1)).first()
        if row is None:
            return None
        return {"seq": row.seq, "hash": row.hash, "at": row.at.isoformat(),
                "mac": anchor_mac(self._key, row.seq, row.hash) if self._key else None}

    def verify(self, anchors: Sequence[dict[str, Any]] | None = None) -> VerifyResult:
        """The chain (with its MACs), the anchors (the workspace's anchor file unless given), and
        the meaning of every posting; see app/audit_check.py."""
        if anchors is None:
            anchors = read_anchor_file(self._anchor)
        # One read, as plain rows, for the chain and the postings both.
        with self._sessions() as session:
            rows = _plain_rows(session)
        count, bad_seq, reason, hashes = check_chain(rows, self._key)
        if bad_seq is not None:
            return VerifyResult(False, count, bad_seq, reason)
        evidence, problems = [], check_anchors(anchors, hashes, self._key)
        for r in rows:  # a payload that is no object got past the chain only in a log with no MACs at all
            if r.action in POSTING_EVIDENCE:
                payload = payload_object(r.payload)
                if payload is None:
                    problems.append(f"event {r.seq} ({r.action}): its payload is not a JSON object")
                else:
                    evidence.append(_event(r, payload))
        problems += check_postings(evidence)
        return VerifyResult(not problems, count, None, problems[0] if problems else "", problems)

    def trail(self, subject: str) -> tuple[list[AuditEvent], list[str]]:
        """A subject's events for `audit show`, and a problem for each event that cannot be read as
        one (shape_problem: a row edited outside countersign), instead of a traceback."""
        with self._reads() as session:
            rows = _plain_rows(session, AuditEventRow.subject == subject)
        events, problems = [], []
        for row in rows:
            problem = shape_problem(row)
            if problem:
                problems.append(f"event {row.seq if type(row.seq) is int else '(seq no number)'}: {problem}")
            else:
                events.append(_event(row))
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


def read_anchor_file(path: Path | None) -> list[dict[str, Any]]:
    """The anchors written so far (none when there is no file yet); each line decoded by
    read_anchors, so a line that is not UTF-8 is a bad anchor, not a traceback."""
    return read_anchors(path.read_bytes().splitlines()) if path is not None and path.exists() else []


class PlainEvent(NamedTuple):
    """A row of the log as `verify` reads it: each of 8,800 rows' fields is read a dozen times, and
    a field of a SQLAlchemy Row costs five times a tuple's (0.05 s of `audit verify`)."""

    seq: int
    at: datetime
    actor: str
    action: str
    subject: str
    payload: str
    payload_digest: str
    prev_hash: str
    hash: str
    mac: str | None


class _StoredTime(TypeDecorator[object]):
    """`at` as the database stores it, read by audit_check.timestamp: a time that is none (only in
    an edited row) is kept as read, for `verify` to name, where UTCDateTime would raise."""

    impl = String
    cache_ok = True

    def process_result_value(self, value: Any, dialect: Any) -> object:
        return timestamp(value)


_COLUMNS = [type_coerce(AuditEventRow.__table__.c.at, _StoredTime) if name == "at"
            else AuditEventRow.__table__.c[name] for name in PlainEvent._fields]


def _plain_rows(session: Session, *where: Any) -> list[PlainEvent]:
    """The log's rows (those `where` says), by seq, as plain tuples: through the session's
    connection, as the ORM's own row handling adds a fifth to reading 8,800 rows. sqlite3 raises
    on text that is not UTF-8 (only in an edited row): then the rows are read again, such text
    as NotUTF8 bytes, for row_problem to name."""
    query = select(*_COLUMNS).where(*where).order_by(AuditEventRow.seq)
    connection = session.connection()
    try:
        return [PlainEvent._make(r) for r in connection.execute(query)]
    except OperationalError:
        if connection.dialect.name != "sqlite":
            raise
    raw: Any = connection.connection.dbapi_connection
    raw.text_factory = _text
    try:
        return [PlainEvent._make(r) for r in connection.execute(query)]
    finally:
        raw.text_factory = str


def _text(data: bytes) -> str:
    try:
        return data.decode()
    except UnicodeDecodeError:
        return NotUTF8(data)  # type: ignore[return-value]  # NotUTF8 is for row_problem to name


def _event(r: AuditEventRow | PlainEvent, payload: dict[str, Any] | None = None) -> AuditEvent:
    """A row as an event; its payload parsed here unless the caller has parsed it already."""
    payload = json.loads(r.payload) if payload is None else payload
    return AuditEvent(r.seq, r.at, r.actor, r.action, r.subject, payload, r.hash)
