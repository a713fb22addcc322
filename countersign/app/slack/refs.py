"""Slack bookkeeping in the store: deliveries already taken on, and which message shows which case.

Both live in the shared database so several HTTP workers (and hosts) agree: a delivery is claimed
by inserting its key (the primary key refuses a second claim), a reminder by a compare-and-set.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Callable

from sqlalchemy import or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from countersign.domain import utcnow
from countersign.tables import SlackCardRow, SlackEventRow


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
        try:
            with self.sessions.begin() as s:
                for k in (key, *more):
                    s.add(SlackEventRow(key=k[:128], received_at=self.clock()))
                    s.flush()  # one at a time: a conflict on the first key is the one reported
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
        case or a reply: the process died after Slack's delivery was acknowledged."""
        with self.sessions() as s:
            keys = set(s.scalars(select(SlackEventRow.key).where(
                or_(SlackEventRow.key.like("file-pending:%"), SlackEventRow.key.like("file-done:%")))))
        out = []
        for key in sorted(k for k in keys if k.startswith("file-pending:")):
            file_id, channel, thread_ts, user = key.removeprefix("file-pending:").split("|", 3)
            if f"file-done:{file_id}" not in keys:
                out.append((file_id, channel, thread_ts or None, user or None))
        return out

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
