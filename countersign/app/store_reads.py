"""The store's narrow reads: a few columns of a case where a whole row (its stored reading, facts
and policy result, decoded) is more than the caller needs.

`Store` inherits this (store.py holds the rest). The runner asks what a case needs and what a run
left it at several times per run; each answer is one small row. `approvals` reads the headlines
of the waiting cases; every validation, the open cases a duplicate could be.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import select

from countersign.app.rows import CASES, iso_date
from countersign.domain import CaseHead, CaseProgress, CaseStatus, OpenCaseRef

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker


class CaseReads:
    sessions: sessionmaker[Session]
    reads: sessionmaker[Session]  # for reads of one statement

    def case_progress(self, case_id: str) -> CaseProgress | None:
        """The case's kind, status, reason, document and run: where its run stands (None: no such case)."""
        with self.reads() as s:
            c = CASES.c
            row = s.execute(select(c.id, c.kind, c.status, c.reason, c.document_sha256, c.run)
                            .where(c.id == case_id)).first()
        if row is None:
            return None
        return CaseProgress(id=row.id, kind=row.kind or "invoice", status=row.status, reason=row.reason or "",
                            document_sha256=row.document_sha256, run=row.run or 0)

    def case_heads(self, case_ids: Iterable[str]) -> dict[str, CaseHead]:
        """Headline columns of many cases in one query, their stored JSON left unread (`approvals`
        of a long queue read 100 whole cases one by one)."""
        ids = list(dict.fromkeys(case_ids))
        with self.reads() as s:
            c = CASES.c
            rows = s.execute(select(c.id, c.status, c.vendor_name, c.invoice_number, c.total, c.currency)
                             .where(c.id.in_(ids))).all() if ids else []
        return {row.id: CaseHead(*row) for row in rows}

    def open_case_refs(self, exclude: str) -> list[OpenCaseRef]:
        """Cases that are neither finished nor failed: candidates for duplicate checks."""
        # Every validation asks this: the two fields read from the JSON in the database, not whole
        # rows decoded here (that made validating each of N open cases cost O(N) JSON documents).
        c, read = CASES.c, CASES.c.extracted
        with self.reads() as s:
            rows = s.execute(
                select(c.id, c.vendor_id, c.invoice_number, c.total, c.document_sha256,
                       read[("fields", "invoice_date", "value")].as_string(),
                       read[("fields", "po_number", "value")].as_string()).where(
                    c.id != exclude, c.kind == "invoice",
                    c.status.not_in([CaseStatus.REJECTED, CaseStatus.EXPIRED, CaseStatus.FAILED,
                                     CaseStatus.FAILED_INTAKE, CaseStatus.POSTED])
                )
            )
            return [OpenCaseRef(case_id=case_id, vendor_id=vendor_id, invoice_number=number, total=total,
                                content_sha256=sha, invoice_date=iso_date(day), po_number=po)
                    for case_id, vendor_id, number, total, sha, day, po in rows]
