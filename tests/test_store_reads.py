"""The store's narrow and single-statement reads, on SQLite and PostgreSQL: what they return, and
that a connection a read used (in autocommit, on PostgreSQL) writes in one transaction again."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from countersign.agent.runner import process_file
from countersign.domain import CaseStatus
from countersign.tables import CaseRow


def test_case_progress_is_the_case_without_its_json(services, demo_pdfs):
    result = process_file(services, demo_pdfs["clean"], uploader="U0AP0CLERK")
    case = services.store.get_case(result.case_id)
    progress = services.store.case_progress(result.case_id)
    assert progress is not None and case is not None
    assert (progress.id, progress.kind, progress.status, progress.reason, progress.document_sha256, progress.run) == (
        case.id, case.kind, case.status, case.reason, case.document_sha256, case.run)
    assert (result.status, result.reason) == (case.status, case.reason)  # what the run reported is what it left
    assert services.store.case_progress("C-NOSUCH") is None


def test_update_case_of_no_case_changes_nothing(services):
    before = len(services.audit.events())
    with pytest.raises(KeyError):
        services.store.update_case("C-NOSUCH", status=CaseStatus.BLOCKED, action="blocked", audit={})
    assert len(services.audit.events()) == before


def test_a_write_after_reads_is_still_one_transaction(services):
    """Reads borrow pooled connections (in autocommit on PostgreSQL); a write transaction that
    fails half-way on one of them afterwards leaves nothing behind, its audit event included."""
    store = services.store
    case_id = store.open_case(filename="a.pdf", source="cli", uploader="U0AP0CLERK", document_sha256=None)
    events = len(services.audit.events())
    for attempt in range(3):  # whichever pooled connection the reads left for the write
        assert store.get_case(case_id) is not None and store.case_progress(case_id) is not None
        assert store.proposals_for_case(case_id) == [] and store.case_events(case_id)
        with pytest.raises(RuntimeError), services.sessions.begin() as s:
            s.execute(update(CaseRow).where(CaseRow.id == case_id).values(reason=f"half-written {attempt}"))
            services.audit.append(s, actor="system", action="half", subject=case_id, payload={})
            raise RuntimeError("failed before the commit")
    assert store.get_case(case_id).reason == ""
    assert len(services.audit.events()) == events
    assert services.audit.verify().ok
