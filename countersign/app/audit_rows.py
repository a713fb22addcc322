"""The audit log read as plain rows, with SQLAlchemy Core alone, and `verify_log` over them.

`audit verify` runs in a process of its own on every check: it reads here, through a bare
connection, so that process never loads the ORM and its 27 mapped tables (0.07 s of its CPU).
The log's table is named by its columns only (`table()`, no types): every column but `at` comes
back as the driver gives it either way, and `at` is read by `_StoredTime`. The table itself is
declared in tables.py (`AuditEventRow`), where the events are written.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import Connection, String, column, select, table, type_coerce
from sqlalchemy.exc import OperationalError
from sqlalchemy.types import TypeDecorator

from countersign.app.audit_check import (
    POSTING_EVIDENCE,
    NotUTF8,
    VerifyResult,
    check_anchors,
    check_chain,
    check_postings,
    payload_object,
    read_anchors,
    timestamp,
)
from countersign.domain import AuditEvent

KEY_FILE = "audit.key"  # in the workspace when COUNTERSIGN_AUDIT_KEY is not set
ANCHOR_FILE = "audit-anchor.jsonl"


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


LOG = table("audit_events", *map(column, PlainEvent._fields))
_COLUMNS = [type_coerce(LOG.c.at, _StoredTime) if name == "at" else LOG.c[name] for name in PlainEvent._fields]


def plain_rows(connection: Connection, *where: Any) -> list[PlainEvent]:
    """The log's rows (those `where` says, on `LOG`'s columns), by seq, as plain tuples: the ORM's
    own row handling adds a fifth to reading 8,800 rows. sqlite3 raises on text that is not UTF-8
    (only in an edited row): then the rows are read again, such text as NotUTF8 bytes, for
    row_problem to name."""
    query = select(*_COLUMNS).where(*where).order_by(LOG.c.seq)
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


def event_of(r: Any, payload: dict[str, Any] | None = None) -> AuditEvent:
    """A row (a PlainEvent or the table's row) as an event; its payload parsed here unless the
    caller has parsed it already."""
    payload = json.loads(r.payload) if payload is None else payload
    return AuditEvent(r.seq, r.at, r.actor, r.action, r.subject, payload, r.hash)


def read_anchor_file(path: Path | None) -> list[dict[str, Any]]:
    """The anchors written so far (none when there is no file yet); each line decoded by
    read_anchors, so a line that is not UTF-8 is a bad anchor, not a traceback."""
    return read_anchors(path.read_bytes().splitlines()) if path is not None and path.exists() else []


def verify_log(connection: Connection, key: bytes | None, anchors: Sequence[dict[str, Any]]) -> VerifyResult:
    """The chain (with its MACs), the anchors and the meaning of every posting (app/audit_check.py),
    from one read of the log, as plain rows, for the chain and the postings both."""
    rows = plain_rows(connection)
    count, bad_seq, reason, hashes = check_chain(rows, key)
    if bad_seq is not None:
        return VerifyResult(False, count, bad_seq, reason)
    evidence, problems = [], check_anchors(anchors, hashes, key)
    for r in rows:  # a payload that is no object got past the chain only in a log with no MACs at all
        if r.action in POSTING_EVIDENCE:
            payload = payload_object(r.payload)
            if payload is None:
                problems.append(f"event {r.seq} ({r.action}): its payload is not a JSON object")
            else:
                evidence.append(event_of(r, payload))
    problems += check_postings(evidence)
    return VerifyResult(not problems, count, None, problems[0] if problems else "", problems)
