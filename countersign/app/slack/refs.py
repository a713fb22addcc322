"""Slack bookkeeping in the store: deliveries already taken on, and which message shows which case.

Both live in the shared database so several HTTP workers (and hosts) agree: a delivery is claimed
by inserting its key (the primary key refuses a second claim), a reminder by a compare-and-set.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Callable

from sqlalchemy import delete, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from countersign.domain import utcnow
from countersign.tables import SlackCardRow, SlackEventRow

_PENDING, _PENDING_END = "file-pending:", "file-pending;"  # ";" sorts right after ":": the prefix as an index range


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

    def claim(self, key: str, *more: str) -> bool:
        """True for the first caller with this key (ever, across processes); False for every later one.
        Extra keys are written in the same transaction: all of them or none."""
        now = self.clock()
        try:
            with self.sessions.begin() as s:  # one statement, no ORM objects: it runs before every Slack ack
                s.execute(insert(SlackEventRow), [{"key": k[:128], "received_at": now} for k in (key, *more)])
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
        workers) no worker has taken it yet. An index range, cheap enough to poll: `finish_file`
        deletes the note; a note beside an older `file-done:` marker is deleted here."""
        with self.sessions() as s:
            keys = list(s.scalars(select(SlackEventRow.key).where(
                SlackEventRow.key >= _PENDING, SlackEventRow.key < _PENDING_END).order_by(SlackEventRow.key)))
            notes = [(key, *key.removeprefix(_PENDING).split("|", 3)) for key in keys]
            done = set(s.scalars(select(SlackEventRow.key).where(
                SlackEventRow.key.in_([f"file-done:{note[1]}" for note in notes])))) if notes else set()
        stale = [note[0] for note in notes if f"file-done:{note[1]}" in done]
        if stale:
            with self.sessions.begin() as s:
                s.execute(delete(SlackEventRow).where(SlackEventRow.key.in_(stale)))
        return [(file_id, channel, thread_ts or None, user or None)
                for key, file_id, channel, thread_ts, user in notes if key not in stale]

    def finish_file(self, file_id: str) -> None:
        """The file became a case or got its reply: mark it done and delete its pending note."""
        with self.sessions.begin() as s:
            s.execute(delete(SlackEventRow).where(SlackEventRow.key >= f"{_PENDING}{file_id}|",
                                                  SlackEventRow.key < f"{_PENDING}{file_id}}}"))
        self.claim(f"file-done:{file_id}")

    def pending_replies(self) -> list[tuple[str, str, str | None]]:
        """(case id, channel, thread ts) of every intake whose thread reply was never claimed:
        a process died between opening the case and answering in Slack."""
        with self.sessions() as s:
            keys = set(s.scalars(select(SlackEventRow.key).where(
                or_(SlackEventRow.key.like("reply-to:%"), SlackEventRow.key.like("replied:%")))))
        out = []
        for key in sorted(k for k in keys if k.startswith("reply-to:")):
            case_id, channel, thread_ts = key.removeprefix("reply-to:").split("|", 2)
            if f"replied:{case_id}" not in keys:
                out.append((case_id, channel, thread_ts or None))
        return out

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


def _ref(r: SlackCardRow) -> CardRef:
    return CardRef(r.id, r.case_id, r.proposal_id, r.kind, r.channel, r.ts, r.thread_ts)
