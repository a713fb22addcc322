"""The store's narrow reads: a few columns of a case where a whole row (its stored reading, facts
and policy result, decoded) is more than the caller needs.

`Store` inherits this (store.py holds the rest). The runner asks what a case needs and what a run
left it at several times per run; each answer is one small row.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from countersign.domain import CaseProgress
from countersign.tables import CaseRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker


class CaseReads:
    sessions: sessionmaker[Session]
    reads: sessionmaker[Session]  # for reads of one statement

    def case_progress(self, case_id: str) -> CaseProgress | None:
        """The case's kind, status, reason, document and run: where its run stands (None: no such case)."""
        with self.reads() as s:
            row = s.execute(select(CaseRow.id, CaseRow.kind, CaseRow.status, CaseRow.reason, CaseRow.document_sha256,
                                   CaseRow.run).where(CaseRow.id == case_id)).first()
        if row is None:
            return None
        return CaseProgress(id=row.id, kind=row.kind or "invoice", status=row.status, reason=row.reason or "",
                            document_sha256=row.document_sha256, run=row.run or 0)
