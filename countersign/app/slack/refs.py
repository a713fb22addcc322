"""Slack bookkeeping in the store: deliveries already taken on, and which message shows which case.

Both live in the shared database so several HTTP workers (and hosts) agree: a delivery is claimed
by inserting its key (the primary key refuses a second claim), a reminder by a compare-and-set.
"""

from __future__ import annotations

import threading
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Callable

from sqlalchemy import bindparam, delete, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from countersign.domain import utcnow
from countersign.tables import SlackCardRow, SlackEventRow

# SQLite has one writer at a time, and a writer that finds the lock taken sleeps on SQLite's backoff
# schedule (1, 2, 5, 10, 15, 20, 25 ms …: ~180 ms after ten tries) instead of waking when it frees.
# A burst's claims, each before its ack, therefore queue here, where the next one wakes at once
# (50 simultaneous uploads, app alone on SQLite: server-side ack p99 ~190 -> ~130 ms).
_SQLITE_CLAIMS = threading.Lock()


@dataclass(frozen=True)
class CardRef:
    id: int
    case_id: str
    proposal_id: str | None
    kind: str  # thread | dm
    channel: str
    ts: str
    thread_ts: str | None


class SlackRefs:
    def __init__(self, sessions: sessionmaker[Session], clock: Callable[[], datetime] = utcnow):
        self.sessions = sessions
        self.clock = clock
        self._engine = sessions.kw["bind"]
        self._claims = _SQLITE_CLAIMS if self._engine.dialect.name == "sqlite" else nullcontext()
        # PostgreSQL: a write of one statement in autocommit, the statement alone on the wire, not a
        # BEGIN and a COMMIT round trip around it as well (one statement is atomic either way).
        self._autocommit = (self._engine.execution_options(isolation_level="AUTOCOMMIT")
                            if self._engine.dialect.name == "postgresql" else None)

    def _one_statement(self):
        """A connection for one write statement, committed when the block ends (or at once)."""
        return self._autocommit.connect() if self._autocommit is not None else self._engine.begin()

    def claim(self, key: str, *more: str) -> bool:
        """True for the first caller with this key (ever, across processes); False for every later one.
        Extra keys are written in the same statement: all of them or none."""
        now = self.clock()
        rows = [{"key": k[:128], "received_at": now} for k in (key, *more)]
        try:
            # Core on the engine, not a Session: this runs before every Slack ack, and the ORM's
            # session and bulk-insert path cost twice the CPU of the one INSERT (0.4 vs 0.2 ms).
            with self._claims, self._one_statement() as conn:
                if len(rows) == 1 or self._autocommit is None:  # SQLite: several rows in its transaction
                    conn.execute(insert(SlackEventRow), rows[0] if len(rows) == 1 else rows)
                else:  # autocommit: several rows in one statement, all or none
                    conn.execute(_insert_of(len(rows)), {f"{field}{i}": row[field] for i, row in enumerate(rows)
                                                         for field in ("key", "received_at")})
        except IntegrityError:
            return False
        return True

    def release(self, key: str) -> None:
        """Give a claim back (the work failed before it did anything visible), so a retry may run."""
        with self.sessions.begin() as s:
            row = s.get(SlackEventRow, key[:128])
            if row is not None:
                s.delete(row)

    def add_card(self, *, case_id: str, proposal_id: str | None, kind: str, channel: str, ts: str,
                 thread_ts: str | None) -> None:
        with self.sessions.begin() as s:
            s.add(SlackCardRow(case_id=case_id, proposal_id=proposal_id, kind=kind, channel=channel, ts=ts,
                               thread_ts=thread_ts, created_at=self.clock()))

    def cards_for_case(self, case_id: str) -> list[CardRef]:
        with self.sessions() as s:
            rows = s.scalars(select(SlackCardRow).where(SlackCardRow.case_id == case_id).order_by(SlackCardRow.id))
            return [_ref(r) for r in rows]

    def thread_of(self, case_id: str) -> CardRef | None:
        return next((c for c in self.cards_for_case(case_id) if c.kind == "thread"), None)

    def pending_files(self) -> list[tuple[str, str, str | None, str | None]]:
        """(file id, channel, thread ts, user) of every file claimed for intake that never got a
        case or a reply: a process died after Slack's delivery was acknowledged, or (uploads to
        workers) no worker has taken it yet. Cheap enough to poll (`_open_notes`)."""
        return [(file_id, channel, thread_ts or None, user or None)
                for file_id, channel, thread_ts, user in self._open_notes("file-pending:", "file-done:", 4)]

    def file_pending(self, file_id: str) -> bool:
        """This one file is still noted pending and not done (a worker's check after its claim)."""
        with self.sessions() as s:
            noted = s.scalar(select(SlackEventRow.key).where(*_notes_of("file-pending:", file_id)).limit(1))
            return noted is not None and s.get(SlackEventRow, f"file-done:{file_id}") is None

    def finish_file(self, file_id: str) -> None:
        """The file became a case or got its reply: mark it done and delete its pending note."""
        self._close_note("file-pending:", file_id)
        self.claim(f"file-done:{file_id}")

    def pending_replies(self, noted_before: datetime | None = None) -> list[tuple[str, str, str | None]]:
        """(case id, channel, thread ts) of every intake whose thread reply was never posted:
        a process died between opening the case and answering in Slack. `noted_before`: only
        the replies owed since before then."""
        return [(case_id, channel, thread_ts or None)
                for case_id, channel, thread_ts in self._open_notes("reply-to:", "replied:", 3, noted_before)]

    def replied(self, case_id: str) -> None:
        """The case's card is in its thread: its `reply-to:` note is done."""
        self._close_note("reply-to:", case_id)

    def note_reading(self, case_id: str, channel: str, ts: str) -> None:
        """The reading card posted for the case (its first thread reply): the case's card replaces it."""
        self.claim(f"reading:{case_id}|{channel}|{ts}")

    def reading_of(self, case_id: str) -> tuple[str, str] | None:
        """(channel, ts) of the case's reading card, if one was posted and not yet replaced."""
        with self.sessions() as s:
            key = s.scalar(select(SlackEventRow.key).where(*_notes_of("reading:", case_id)).limit(1))
        if key is None:
            return None
        _, channel, ts = key.removeprefix("reading:").split("|", 2)
        return channel, ts

    def replaced_reading(self, case_id: str) -> None:
        self._close_note("reading:", case_id)

    def _open_notes(self, prefix: str, done_prefix: str, parts: int,
                    noted_before: datetime | None = None) -> list[list[str]]:
        """The `prefix` notes (`id|…` after the prefix, `parts` fields) whose `done_prefix` marker
        is absent (written before `noted_before`, if given). An index range over the notes alone:
        a note is deleted when its work is done (`_close_note`); one left beside an older done
        marker is deleted here."""
        end = prefix[:-1] + chr(ord(prefix[-1]) + 1)  # the prefix as a key range, so the primary key's index serves
        query = select(SlackEventRow.key).where(SlackEventRow.key >= prefix, SlackEventRow.key < end)
        if noted_before is not None:
            query = query.where(SlackEventRow.received_at < noted_before)
        with self.sessions() as s:
            keys = list(s.scalars(query.order_by(SlackEventRow.key)))
            notes = {key: key.removeprefix(prefix).split("|", parts - 1) for key in keys}
            done = set(s.scalars(select(SlackEventRow.key).where(SlackEventRow.key.in_(
                [done_prefix + fields[0] for fields in notes.values()])))) if notes else set()
        stale = [key for key, fields in notes.items() if done_prefix + fields[0] in done]
        if stale:
            with self.sessions.begin() as s:
                s.execute(delete(SlackEventRow).where(SlackEventRow.key.in_(stale)))
        return [fields for key, fields in notes.items() if key not in stale and len(fields) == parts]

    def _close_note(self, prefix: str, item_id: str) -> None:
        with self._one_statement() as conn:
            conn.execute(delete(SlackEventRow).where(*_notes_of(prefix, item_id)))

    def claim_reminder(self, case_id: str, *, now: datetime, not_since: datetime) -> bool:
        """Compare-and-set: True if no reminder for this case went out after `not_since` (and mark it `now`)."""
        with self.sessions.begin() as s:
            result = s.execute(
                update(SlackCardRow)
                .where(SlackCardRow.case_id == case_id, SlackCardRow.kind == "thread",
                       or_(SlackCardRow.reminded_at.is_(None), SlackCardRow.reminded_at <= not_since))
                .values(reminded_at=now)
            )
            return result.rowcount >= 1


@cache
def _insert_of(rows: int):
    """One INSERT statement of `rows` notes (parameters key0, received_at0, key1, ...), built once."""
    columns = SlackEventRow.__table__.c
    return insert(SlackEventRow).values([{"key": bindparam(f"key{i}", type_=columns.key.type),
                                          "received_at": bindparam(f"received_at{i}", type_=columns.received_at.type)}
                                         for i in range(rows)])


def _notes_of(prefix: str, item_id: str) -> tuple:
    """Every note of one id, as an index range: "}" sorts right after the "|" that ends the id."""
    return SlackEventRow.key >= f"{prefix}{item_id}|", SlackEventRow.key < f"{prefix}{item_id}}}"


def _ref(r: SlackCardRow) -> CardRef:
    return CardRef(r.id, r.case_id, r.proposal_id, r.kind, r.channel, r.ts, r.thread_ts)
