"""Append-only, hash-chained audit log that an auditor can replay and verify.

Each event's hash covers its sequence number, time, actor, action, subject, the digest of its
payload and the previous event's hash. Editing, deleting or reordering any row breaks the chain
at that row, and `verify` names the first bad event.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy import text as sql_text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from countersign.domain import AuditEvent, canonical_json, sha256_hex, utcnow
from countersign.tables import AuditEventRow

GENESIS = "0" * 64
AUDIT_LOCK_KEY = 0x636F756E  # an arbitrary, fixed advisory-lock key for the audit chain


def event_hash(
    seq: int, at: datetime, actor: str, action: str, subject: str, payload_digest: str, prev_hash: str
) -> str:
    body = canonical_json(
        {
            "seq": seq,
            "at": at.isoformat(),
            "actor": actor,
            "action": action,
            "subject": subject,
            "payload_digest": payload_digest,
            "prev_hash": prev_hash,
        }
    )
    return sha256_hex(body)


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    events: int
    first_bad_seq: int | None = None
    reason: str = ""


class AuditLog:
    """Writes and reads the chain. `append` takes the caller's session so an event commits
    together with the state change it records (one transaction, nothing half-written)."""

    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    def append(
        self, session: Session, *, actor: str, action: str, subject: str, payload: dict[str, Any] | None = None
    ) -> None:
        text = canonical_json(payload or {})
        digest = sha256_hex(text)
        if session.get_bind().dialect.name == "postgresql":
            # One appender at a time, until this transaction ends: concurrent writers (threads,
            # worker processes) would otherwise read the same head and fork the chain.
            session.execute(sql_text("SELECT pg_advisory_xact_lock(:key)"), {"key": AUDIT_LOCK_KEY})
        last = session.execute(
            select(AuditEventRow.seq, AuditEventRow.hash).order_by(AuditEventRow.seq.desc()).limit(1)
        ).first()
        seq = (last.seq + 1) if last else 1
        prev = last.hash if last else GENESIS
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
        session.add(row)
        session.flush()  # a concurrent writer that took the same seq fails here, on the primary key

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
        with self._sessions() as session:
            query = select(AuditEventRow).order_by(AuditEventRow.seq)
            if subject is not None:
                query = query.where(AuditEventRow.subject == subject)
            return [
                AuditEvent(r.seq, r.at, r.actor, r.action, r.subject, _loads(r.payload), r.hash)
                for r in session.scalars(query)
            ]

    def verify(self) -> VerifyResult:
        """Recompute the whole chain from the first event; stop at the first inconsistency."""
        prev = GENESIS
        expected_seq = 1
        count = 0
        with self._sessions() as session:
            for row in session.scalars(select(AuditEventRow).order_by(AuditEventRow.seq)):
                count += 1
                if row.seq != expected_seq:
                    return VerifyResult(False, count, row.seq,
                                        f"sequence gap: expected {expected_seq}, found {row.seq}")
                if sha256_hex(row.payload) != row.payload_digest:
                    return VerifyResult(False, count, row.seq, "payload does not match its digest")
                if row.prev_hash != prev:
                    return VerifyResult(False, count, row.seq, "previous-hash link broken")
                recomputed = event_hash(
                    row.seq, row.at, row.actor, row.action, row.subject, row.payload_digest, row.prev_hash
                )
                if recomputed != row.hash:
                    return VerifyResult(False, count, row.seq, "event hash does not match its contents")
                prev = row.hash
                expected_seq += 1
        return VerifyResult(True, count)


def _loads(text: str) -> dict[str, Any]:
    return json.loads(text)
