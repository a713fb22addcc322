"""The store's rows as the domain's records: one place that knows both shapes."""

from __future__ import annotations

from datetime import date
from typing import Any

from countersign.domain import CaseView, Decision, PolicyResult, Proposal
from countersign.tables import CaseRow, CorrectionRow, DecisionRow, DocumentRow, ProposalRow

# The store reads these tables with Core, into plain rows (the records below read them as they read
# mapped rows), and writes through the mapped classes: a process that only reads (`status`,
# `approvals`) never configures the ORM's mappers nor compiles a statement the ORM's way (0.01 s of
# its CPU).
CASES, PROPOSALS, DECISIONS, DOCUMENTS, CORRECTIONS = (
    row.__table__ for row in (CaseRow, ProposalRow, DecisionRow, DocumentRow, CorrectionRow))


def iso_date(value: str | None) -> date | None:
    """A field's ISO date, or None when it has none or an unreadable one."""
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def case_record(r: Any) -> CaseView:  # a row of CASES, or a CaseRow
    return CaseView(
        id=r.id,
        kind=r.kind or "invoice",
        filename=r.filename,
        source=r.source,
        uploader=r.uploader,
        status=r.status,
        reason=r.reason or "",
        document_sha256=r.document_sha256,
        vendor_id=r.vendor_id,
        vendor_name=r.vendor_name,
        invoice_number=r.invoice_number,
        total=r.total,
        currency=r.currency,
        extracted=r.extracted,
        facts=r.facts,
        policy_result=PolicyResult.model_validate(r.policy_result) if r.policy_result else None,
        created_at=r.created_at,
        updated_at=r.updated_at,
        run=r.run or 0,
    )


def proposal_record(r: Any) -> Proposal:  # a row of PROPOSALS, or a ProposalRow
    return Proposal(
        id=r.id,
        case_id=r.case_id,
        kind=r.kind,
        payload=r.payload,
        policy_result=PolicyResult.model_validate(r.policy_result),
        idempotency_key=r.idempotency_key,
        status=r.status,
        created_at=r.created_at,
        expires_at=r.expires_at,
        erp_ref=r.erp_ref,
    )


def decision_record(r: Any) -> Decision:  # a row of DECISIONS
    return Decision(proposal_id=r.proposal_id, approver_id=r.approver_id, verdict=r.verdict, reason=r.reason,
                    at=r.at, channel=r.channel)
