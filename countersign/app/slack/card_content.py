"""What a card shows (`blocks.CardContent`), gathered from the store, the audit log and the policy
(read-only); and who the policy lets approve a proposal. Bank details and tax ids read from the
document are masked here (`MASKED_FIELDS`), so no card shows them in clear; the policy's findings
keep their own wording (a BANK_DETAILS finding names the masked accounts)."""

from __future__ import annotations

from countersign.agent.authority import eligible_approvers as authority_approvers
from countersign.app.bootstrap import Services
from countersign.app.slack.blocks import CardContent, DecisionLine, LowConfidence, ViolationLine
from countersign.app.slack.outside_text import mask
from countersign.domain import INVOICE_FIELDS, LOW_CONFIDENCE, CaseView, Decision, Proposal, ProposalStatus
from countersign.policies.schema import Policy

MASKED_FIELDS = frozenset({"vendor_iban", "vendor_tax_id"})


def eligible_approvers(policy: Policy, proposal: Proposal | None, uploader: str | None) -> list[tuple[str, str]]:
    """People the policy lets approve this proposal (by role or by name), the uploader excluded."""
    if proposal is None or proposal.policy_result.approval is None:
        return []
    approval = proposal.policy_result.approval
    roles = set(approval.roles)
    named: set[str] = set()
    for band in policy.approval_bands:
        if band.name == approval.band:
            named = set(getattr(band, "approvers", []) or [])
    ids = sorted(uid for uid, person in policy.people.items() if set(person.roles) & roles or uid in named)
    return [(uid, policy.name_of(uid)) for uid in ids if uid != uploader]


def _approvers(services: Services, proposal: Proposal | None, case: CaseView,
               decisions: list[Decision]) -> list[tuple[str, str]]:
    """Who the card names (and DMs) as approvers: while the request waits, the people whose click
    would be accepted now (agent.authority, segregation of duties included); after, by the band.
    `case` and `decisions` (the proposal's) as the card read them: not read again."""
    if proposal is not None and proposal.status == ProposalStatus.AWAITING_APPROVAL:
        policy = services.policy
        return [(uid, policy.name_of(uid))
                for uid in authority_approvers(services, proposal, services.clock(), decisions, case)]
    return eligible_approvers(services.policy, proposal, case.uploader)


def card_content(services: Services, case_id: str, *, duplicate_of: str | None = None) -> CardContent:
    store, policy = services.store, services.policy
    case = store.get_case(case_id)
    proposals = store.proposals_for_case(case_id)
    proposal = proposals[-1] if proposals else None
    extracted = case.extracted or {}
    fields = extracted.get("fields", {})

    def value(name: str) -> str | None:
        return (fields.get(name) or {}).get("value")

    vendor_method = po_found = None
    for event in services.audit.events(case_id):
        if event.action == "vendor_matched":
            vendor_method = event.payload.get("method")
        elif event.action == "po_looked_up":
            po_found = event.payload.get("found")
    payload = proposal.payload if proposal else {}
    result = case.policy_result or (proposal.policy_result if proposal else None)
    violations = [ViolationLine(str(v.severity), v.code, v.message) for v in (result.violations if result else [])]
    low = [
        LowConfidence(name, shown(name, (fields.get(name) or {}).get("value")),
                      float((fields.get(name) or {}).get("confidence", 0)))
        for name in INVOICE_FIELDS
        if name in fields and float(fields[name].get("confidence", 0)) < LOW_CONFIDENCE
        and not (name == "po_number" and not fields[name].get("value"))  # no PO cited is not a misreading
    ] if extracted else []
    approval = result.approval if result else None
    recorded = store.decisions_for(proposal.id) if proposal else []
    decisions = [DecisionLine(d.approver_id, policy.name_of(d.approver_id), str(d.verdict), d.reason)
                 for d in recorded]
    return CardContent(
        case_id=case.id,
        filename=case.filename,
        status=case.status,
        reason=case.reason,
        uploader=case.uploader,
        vendor_name=case.vendor_name or value("vendor_name"),
        vendor_id=case.vendor_id,
        vendor_method=vendor_method,
        invoice_number=case.invoice_number or value("invoice_number"),
        invoice_date=payload.get("invoice_date") or value("invoice_date"),
        due_date=payload.get("due_date") or value("due_date"),
        currency=case.currency or value("currency"),
        subtotal=_s(payload.get("subtotal")) or value("subtotal"),
        tax=_s(payload.get("tax")) or value("tax"),
        total=_s(payload.get("total")) or (format(case.total, "f") if case.total is not None else value("total")),
        po_cited=value("po_number"),
        po_found=po_found,
        po_findings=[v for v in violations if v.code.startswith("PO_")],
        violations=violations,
        low_confidence=low,
        approval_roles=list(approval.roles) if approval else [],
        approvers_required=approval.approvers_required if approval else 0,
        approval_band=approval.band if approval else "",
        approvers=_approvers(services, proposal, case, recorded),
        proposal_id=proposal.id if proposal else None,
        proposal_status=str(proposal.status) if proposal else None,
        expires_at=proposal.expires_at if proposal else None,
        erp_ref=proposal.erp_ref if proposal else None,
        erp_name=getattr(services.erp, "name", "ERP"),
        decisions=decisions,
        duplicate_of=duplicate_of,
        editable=editable(case),
    )


def editable(case) -> bool:
    """Whether a card offers "Edit fields": an invoice that was read and is not posted or being read
    (the agent refuses the rest anyway; this only spares a button that could never work)."""
    return (case.kind == "invoice" and bool(case.extracted)
            and str(case.status) not in ("posted", "received", "processing"))


def shown(name: str, value: str | None) -> str | None:
    """A field's value as a card may show it: bank details and tax ids masked."""
    return mask(value) if name in MASKED_FIELDS else value


def _s(value) -> str | None:
    return None if value is None else str(value)
