"""What the AP mailbox has already given us, kept in the store so a restart never takes a message twice.

Two records, written in this order: each attachment is claimed before its intake and completed
with its case id after; the message is recorded only once every attachment has its case. A
process killed between an attachment's intake and its completion leaves a claim: the next pass
finds the case that intake opened (same filename and uploader, opened after the claim, not yet
recorded) instead of opening another.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from countersign.domain import utcnow
from countersign.tables import CaseRow, EmailAttachmentRow, EmailMessageRow

EMAIL_SOURCE = "email"  # cases.source of every case opened from the mailbox


@dataclass(frozen=True)
class DoneMessage:
    key: str
    sender: str
    subject: str
    outcome: str  # taken | refused
    summary: str  # the reply text
    replied: bool
    automatic: bool


class EmailLedger:
    def __init__(self, sessions: sessionmaker[Session]):
        self.sessions = sessions

    def message(self, key: str) -> DoneMessage | None:
        with self.sessions() as s:
            row = s.get(EmailMessageRow, key)
            return _done(row) if row else None

    def unreplied(self) -> list[DoneMessage]:
        """Messages taken in whose reply never went out (the process stopped, or SMTP/Slack failed)."""
        with self.sessions() as s:
            rows = s.scalars(select(EmailMessageRow).where(EmailMessageRow.replied_at.is_(None))
                             .order_by(EmailMessageRow.received_at))
            return [_done(r) for r in rows]

    def recorded_case(self, key: str, part: int) -> str | None:
        with self.sessions() as s:
            row = s.get(EmailAttachmentRow, (key, part))
            return row.case_id if row else None

    def claim(self, key: str, part: int, *, sha256: str, filename: str) -> datetime:
        """Claim the attachment before its intake; an earlier claim's time when one exists."""
        try:
            with self.sessions.begin() as s:
                s.add(EmailAttachmentRow(message_key=key, part=part, sha256=sha256, filename=filename,
                                         case_id=None, claimed_at=utcnow()))
        except IntegrityError:
            pass
        with self.sessions() as s:
            return s.get(EmailAttachmentRow, (key, part)).claimed_at

    def case_opened_since(self, *, filename: str, uploader: str | None, since: datetime) -> str | None:
        """The email case an interrupted intake opened after `since`, which no attachment records yet."""
        with self.sessions() as s:
            recorded = select(EmailAttachmentRow.case_id).where(EmailAttachmentRow.case_id.is_not(None))
            return s.scalar(
                select(CaseRow.id)
                .where(CaseRow.source == EMAIL_SOURCE, CaseRow.filename == filename, CaseRow.uploader == uploader,
                       CaseRow.created_at >= since, CaseRow.id.not_in(recorded))
                .order_by(CaseRow.created_at).limit(1))

    def complete(self, key: str, part: int, case_id: str) -> None:
        with self.sessions.begin() as s:
            s.execute(update(EmailAttachmentRow)
                      .where(EmailAttachmentRow.message_key == key, EmailAttachmentRow.part == part)
                      .values(case_id=case_id))

    def first_part_with(self, case_id: str) -> tuple[str, int] | None:
        """(message, part) of the attachment that first became this case: any later one is a duplicate."""
        with self.sessions() as s:
            row = s.execute(select(EmailAttachmentRow.message_key, EmailAttachmentRow.part)
                            .where(EmailAttachmentRow.case_id == case_id)
                            .order_by(EmailAttachmentRow.claimed_at, EmailAttachmentRow.part).limit(1)).first()
            return (row[0], row[1]) if row else None

    def first_cases_of(self, key: str) -> list[str]:
        """The cases this message's attachments were the first to become (not duplicates of earlier ones)."""
        return [c for c in self.cases_of(key) if (self.first_part_with(c) or ("",))[0] == key]

    def cases_of(self, key: str) -> list[str]:
        with self.sessions() as s:
            return [c for c in s.scalars(select(EmailAttachmentRow.case_id)
                                         .where(EmailAttachmentRow.message_key == key)
                                         .order_by(EmailAttachmentRow.part)) if c]

    def finish(self, key: str, *, sender: str, subject: str, outcome: str, summary: str, automatic: bool) -> None:
        """Record the message as taken in (every attachment has its case); a second finish is a no-op."""
        try:
            with self.sessions.begin() as s:
                s.add(EmailMessageRow(message_key=key, sender=sender[:255], subject=subject[:255], outcome=outcome,
                                      automatic=automatic, summary=summary, received_at=utcnow(), replied_at=None))
        except IntegrityError:
            pass

    def replied(self, key: str) -> None:
        with self.sessions.begin() as s:
            s.execute(update(EmailMessageRow).where(EmailMessageRow.message_key == key).values(replied_at=utcnow()))


def _done(row: EmailMessageRow) -> DoneMessage:
    return DoneMessage(row.message_key, row.sender, row.subject, row.outcome, row.summary, row.replied_at is not None,
                       row.automatic)
