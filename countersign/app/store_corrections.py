"""The store's side of corrections and re-runs: one transaction that supersedes a case's proposals,
records the corrections and starts the case's next run, all audited; and reading them back.

`Store` inherits this (store.py holds the rest). Like every state change, each step writes its
audit event in the same transaction: the log and the state never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update

from countersign.app.rows import CORRECTIONS
from countersign.domain import CaseStatus, Correction, ProposalStatus, utcnow
from countersign.tables import CaseRow, CorrectionRow, ProposalRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from countersign.app.audit import AuditLog

# A proposal in these states is dead or waiting: a correction may replace it. An approved one is
# being carried out (or its outcome is not known yet), a posted one is in the ERP: never replaced.
REPLACEABLE = (ProposalStatus.DRAFT, ProposalStatus.AWAITING_APPROVAL, ProposalStatus.REJECTED,
               ProposalStatus.EXPIRED, ProposalStatus.FAILED)


@dataclass(frozen=True)
class Restart:
    """What `restart_case` did: the run it started, the proposals it superseded; or why not."""

    run: int = 0
    superseded: list[str] = field(default_factory=list)
    refusal: str = ""


class CorrectionStore:
    sessions: sessionmaker[Session]
    reads: sessionmaker[Session]  # for reads of one statement
    audit: AuditLog

    def restart_case(self, case_id: str, *, who: str, reason: str, channel: str,
                     corrections: list[Correction] | None = None, reading: dict[str, Any] | None = None,
                     columns: dict[str, Any] | None = None) -> Restart:
        """Start the case's next run in one transaction: supersede each of its proposals that is
        not posted (its approvals no longer count), record the corrections and the corrected
        reading (`reading`, with the case `columns` it sets), set the case processing, audit it all.

        Refused (nothing changed) when the case is posted or one of its proposals is approved:
        that one is being posted exactly as approved, and no correction may change it now."""
        with self.sessions.begin() as s:
            # Write first, then read (as a decision does): the no-op UPDATE takes SQLite's write
            # lock, and the row locks below PostgreSQL's, so a concurrent decision waits or is seen.
            s.execute(update(CaseRow).where(CaseRow.id == case_id).values(run=CaseRow.run))
            row = s.scalar(select(CaseRow).where(CaseRow.id == case_id).with_for_update())
            if row is None:
                return Restart(refusal=f"no case {case_id}")
            proposals = list(s.scalars(select(ProposalRow).where(ProposalRow.case_id == case_id)
                                       .order_by(ProposalRow.created_at).with_for_update()))
            refusal = _refusal(row, proposals)
            if refusal:
                return Restart(refusal=refusal)
            run = (row.run or 0) + 1
            superseded = []
            for proposal in proposals:
                if proposal.status not in REPLACEABLE:
                    continue
                before = proposal.status
                proposal.status = ProposalStatus.SUPERSEDED
                superseded.append(proposal.id)
                self.audit.append(s, actor=who, action="proposal_superseded", subject=case_id,
                                  payload={"proposal_id": proposal.id, "status_before": before, "run": run,
                                           "reason": reason, "channel": channel})
            for correction in corrections or []:
                s.add(CorrectionRow(case_id=case_id, run=run, field=correction.field,
                                    old_value=correction.old_value, new_value=correction.new_value,
                                    who=correction.who, why=correction.why, channel=correction.channel,
                                    at=correction.at))
                overridden = correction.field.startswith("finding:")  # policies/overrides.py
                self.audit.append(s, actor=who, action="finding_overridden" if overridden else "corrected",
                                  subject=case_id,
                                  payload={"field": correction.field, "old": correction.old_value,
                                           "new": correction.new_value, "reason": correction.why,
                                           "channel": channel, "run": run})
            if reading is not None:
                row.extracted = reading
            for key, value in (columns or {}).items():
                setattr(row, key, value)
            row.run = run
            row.status = CaseStatus.PROCESSING
            what = "corrected" if corrections else "re-run"
            row.reason = f"{what} by {who}; validating again (run {run})"
            row.updated_at = utcnow()
            self.audit.append(s, actor=who, action="rerun", subject=case_id,
                              payload={"run": run, "reason": reason, "channel": channel,
                                       "superseded": superseded,
                                       "corrected": [c.field for c in corrections or []]})
        return Restart(run=run, superseded=superseded)

    def corrections_for(self, case_id: str) -> list[Correction]:
        """The case's corrections, oldest first."""
        with self.reads() as s:
            rows = s.execute(select(CORRECTIONS).where(CORRECTIONS.c.case_id == case_id).order_by(CORRECTIONS.c.id))
            return [Correction(case_id=r.case_id, field=r.field, old_value=r.old_value, new_value=r.new_value,
                               who=r.who, why=r.why, at=r.at, channel=r.channel, run=r.run)  # type: ignore[arg-type]
                    for r in rows]

    def correctors(self, case_id: str) -> list[str]:
        """Who changed the case's values: segregation of duties keeps them from the final approval."""
        return list(dict.fromkeys(c.who for c in self.corrections_for(case_id)))


def _refusal(row: CaseRow, proposals: list[ProposalRow]) -> str:
    if row.status == CaseStatus.POSTED:
        return f"case {row.id} is posted; a posted bill is corrected in the ERP, not here"
    for proposal in proposals:
        if proposal.status == ProposalStatus.APPROVED:
            return (f"proposal {proposal.id} is approved and being posted exactly as approved; "
                    "it cannot be changed now")
        if proposal.status == ProposalStatus.POSTED and proposal.kind != "create_vendor":
            return f"proposal {proposal.id} is posted as {proposal.erp_ref}; it cannot be changed here"
    return ""
