"""What the console's case page shows, gathered from the store, the audit log and the policy
(read-only): every field with its value, confidence and boxes, the corrections, the findings, the
PO match, who must approve and who did, and the audit trail with its chain mark.

Outside text stays as it is here; the templates escape it (Jinja2 autoescape). Bank accounts and
tax ids are masked as on the Slack cards.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from countersign.app.bootstrap import Services
from countersign.app.inbox import must_act
from countersign.app.slack.card_content import MASKED_FIELDS, shown
from countersign.domain import (
    CORRECTABLE_FIELDS,
    LOW_CONFIDENCE,
    AuditEvent,
    CaseFacts,
    CaseView,
    Correction,
    Decision,
    LineItem,
    Proposal,
    ProposalStatus,
    field_label,
    match_po_lines,
)

MAX_PAGES = 10  # pages drawn on the case page
# read by position only to find the vendor by its town: never posted, so never flagged for a second look
_UNFLAGGED = frozenset({"vendor_address"})


@dataclass(frozen=True)
class Box:
    page: int
    bbox: tuple[float, float, float, float]  # PDF points, top-left origin
    text: str
    learned: bool = False  # read where a correction taught the reader (vendor memory)


@dataclass(frozen=True)
class FieldLine:
    name: str
    label: str
    value: str | None
    confidence: float
    boxes: list[Box]
    low: bool
    masked: bool
    corrected_by: str | None = None
    learned_from: str | None = None  # "case C-…" when the value was read by vendor memory


@dataclass(frozen=True)
class POLineMatch:
    line_no: int | None
    description: str
    po_quantity: Decimal | None
    po_price: Decimal | None
    quantity: Decimal | None
    price: Decimal | None
    amount: Decimal | None


@dataclass
class CasePageData:
    case: CaseView
    fields: list[FieldLine]
    pages: int
    violations: list[Any]
    po_number: str | None
    po_lines: list[POLineMatch]
    proposal: Proposal | None
    earlier: list[Proposal]
    requirement: Any
    eligible: list[str]
    decisions: list[tuple[Decision, str]]
    corrections: list[Correction]
    events: list[AuditEvent]
    chain_ok: bool
    chain_note: str
    comments: list[AuditEvent] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def case_page(services: Services, case: CaseView) -> CasePageData:
    store, policy = services.store, services.policy
    extracted = case.extracted or {}
    corrections = store.corrections_for(case.id)
    last_by = {c.field: c.who for c in corrections}
    fields = [_field(name, (extracted.get("fields") or {}).get(name) or {}, policy.name_of(last_by[name])
                     if name in last_by else None) for name in CORRECTABLE_FIELDS]
    facts = store.case_facts(case.id)
    proposals = store.proposals_for_case(case.id)
    current = proposals[-1] if proposals and proposals[-1].status != ProposalStatus.SUPERSEDED else None
    result = case.policy_result or (current.policy_result if current else None)
    decisions = [(d, policy.name_of(d.approver_id)) for d in store.decisions_for(current.id)] if current else []
    events = store.case_events(case.id)
    chain_ok, chain_note = services.audit.verify_subject(case.id)
    return CasePageData(
        case=case, fields=fields, pages=min(int((extracted.get("document") or {}).get("pages") or 0), MAX_PAGES),
        violations=list(result.violations) if result else [],
        po_number=facts.purchase_order.number if facts and facts.purchase_order else None,
        po_lines=_po_lines(facts), proposal=current, earlier=[p for p in proposals if p is not current],
        requirement=current.policy_result.approval if current else None,
        eligible=must_act(case.status, current, policy, case.uploader), decisions=decisions,
        corrections=corrections, events=events, chain_ok=chain_ok, chain_note=chain_note,
        comments=[e for e in events if e.action == "comment"], warnings=list(extracted.get("warnings") or []),
    )


def _field(name: str, data: dict[str, Any], corrected_by: str | None) -> FieldLine:
    boxes = []
    learned_from = None
    for evidence in data.get("evidence") or []:
        bbox = evidence.get("bbox") or []
        source = evidence.get("source") or ""
        if source.startswith("vendor_memory:"):
            learned_from = source.removeprefix("vendor_memory:")
        if len(bbox) == 4 and int(evidence.get("page") or 0) >= 1:
            boxes.append(Box(int(evidence["page"]), (float(bbox[0]), float(bbox[1]), float(bbox[2]), float(bbox[3])),
                             str(evidence.get("text") or ""), learned=bool(source)))
    confidence = float(data.get("confidence") or 0.0)
    value = data.get("value")
    return FieldLine(name=name, label=field_label(name), value=shown(name, value), confidence=confidence,
                     boxes=boxes, low=name not in _UNFLAGGED and (value is not None and confidence < LOW_CONFIDENCE or
                     (value is None and name not in ("po_number", "vendor_tax_id", "vendor_iban", "tax"))),
                     masked=name in MASKED_FIELDS, corrected_by=corrected_by, learned_from=learned_from)


def _po_lines(facts: CaseFacts | None) -> list[POLineMatch]:
    if facts is None or facts.purchase_order is None:
        return []
    out = []
    for match in match_po_lines(facts.invoice.line_items, facts.purchase_order.lines):
        line: LineItem = match.line
        po = match.po_line
        out.append(POLineMatch(po.line_no if po else None, line.description, po.quantity if po else None,
                               po.unit_price if po else None, line.quantity, line.unit_price, line.amount))
    return out
