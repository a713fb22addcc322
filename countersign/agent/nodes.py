"""The case workflow's nodes: one function each, `node(deps, state) -> state update`.

The graph (agent/workflow.py) says in which order they run; here is what each does. A node reads
the case from the store, calls one guarded tool or the policy layer, writes its result back with
its audit event, and returns what the next node needs. LangGraph re-runs a node from its start
after a crash, so every node is safe to repeat: proposals and bills are keyed by content, and
status changes are compare-and-set in the store.

What validation sees is gathered once: `match_vendor` and `lookup_po` hand their results on in
the state, `validate` adds the vendor's bills, the open cases and the chart of accounts, and stores
the whole `CaseFacts` on the case. `draft` codes the bill from that snapshot, so what was checked
is what is proposed, and nothing is fetched twice. Orders alike: `check_order` stores the
`OrderFacts` that `draft_order` drafts from.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, TypedDict

from langgraph.types import interrupt

from countersign.agent.log_context import bound
from countersign.agent.runtime import CaseStore, Notifier, WriteBacks
from countersign.domain import (
    INVOICED,
    AuditEvent,
    BillDraft,
    CaseFacts,
    CaseStatus,
    CaseView,
    ExtractedInvoice,
    OrderFacts,
    PaymentStatus,
    PolicyResult,
    Proposal,
    ProposalStatus,
    PurchaseOrder,
    SalesInvoiceDraft,
    Severity,
    VendorMatch,
    proposal_id,
    utcnow,
)
from countersign.policies.approval import approvals_still_needed, counted_approvers, vendor_creation_requirement
from countersign.policies.overrides import apply_overrides
from countersign.policies.rules.gl import line_accounts
from countersign.policies.rules.vendor import vendor_proposal_findings
from countersign.policies.runner import validate as run_policy
from countersign.policies.sales_orders import validate_order
from countersign.policies.schema import Policy
from countersign.ports import CRM, ERP, ERPError, ERPUnavailable
from countersign.tools.draft_bill import bill_proposal, draft_bill
from countersign.tools.extract_invoice import UnreadableDocument
from countersign.tools.lookup_po import lookup_po as find_po
from countersign.tools.match_vendor import create_vendor_idempotency_key, create_vendor_payload
from countersign.tools.match_vendor import match_vendor as find_vendor
from countersign.tools.sync_order import gather_order_facts, order_proposal

log = logging.getLogger(__name__)
NEW_VENDOR = "new_vendor"  # validate found only an unknown vendor: propose it
VENDOR_CREATED = "vendor_created"  # an approved vendor was created: match the invoice again


class CaseState(TypedDict, total=False):
    """What one node hands the next; everything else lives in the store. Plain JSON values only
    (strings, not enums): the checkpointer stores them, and reads back only types it knows."""

    case_id: str
    cited_po: str | None  # the PO number the invoice cites (from match_vendor)
    vendor_match: dict[str, Any]  # VendorMatch, as JSON (from match_vendor)
    purchase_order: dict[str, Any] | None  # PurchaseOrder, as JSON (from lookup_po)
    proposal_id: str | None
    outcome: str


@dataclass
class WorkflowDeps:
    store: CaseStore
    erp: ERP
    crm: CRM
    policy: Policy
    notifier: Notifier
    extract: Callable[[bytes], ExtractedInvoice]
    write_backs: WriteBacks  # what the CRM must be told, kept in the store until it is
    clock: Callable[[], datetime] = field(default=utcnow)
    extract_isolated: bool = False  # `extract` reads in a child process, which ends on its own limits


# --------------------------------------------------------------------------- invoice: read and check


MAX_FAILED_READINGS = 2  # readings that raised, or that never ended in this process


def extract(deps: WorkflowDeps, state: CaseState) -> CaseState:
    """Read the stored PDF (or its embedded e-invoice); an unreadable one fails the case at intake.

    Each reading is recorded when it starts and when it raises, so a document whose reading
    failed twice (the reader raised, or the process reading it in process died) fails at intake
    with that reason instead of being read again by every `recover`, worker pass and Slack
    start-up. A reading in a child process (`extract_isolated`) is not blamed for its parent's
    death: the child ends on its own limits, with an answer."""
    store = deps.store
    case = store.case_progress(state["case_id"])  # its id and document: the stored JSON is not read here
    if case is None:
        raise KeyError(f"no case {state['case_id']}")
    failed, last = _failed_readings(store.case_events(case.id))
    if failed >= MAX_FAILED_READINGS:
        reason = f"unreadable document: reading it failed {failed} times ({last}); it is not read again"
        store.update_case(case.id, status=CaseStatus.FAILED_INTAKE, reason=reason, action="extraction_failed",
                          audit={"reason": reason, "failed_readings": failed})
        return {"outcome": CaseStatus.FAILED_INTAKE.value}
    store.update_case(case.id, action="extraction_started",
                      audit={"failed_before": failed, "isolated": deps.extract_isolated})
    try:
        invoice = deps.extract(store.document_bytes(case.document_sha256 or ""))
    except UnreadableDocument as exc:
        store.update_case(case.id, status=CaseStatus.FAILED_INTAKE, reason=f"unreadable document: {exc}",
                          action="extraction_failed", audit={"reason": str(exc)})
        return {"outcome": CaseStatus.FAILED_INTAKE.value}
    except Exception as exc:
        store.update_case(case.id, action="extraction_error", audit={"error": f"{type(exc).__name__}: {exc}"[:300]})
        raise
    store.update_case(
        case.id, status=CaseStatus.PROCESSING, extracted=invoice.contract_json(),
        vendor_name=invoice.value("vendor_name"), invoice_number=invoice.value("invoice_number"),
        total=invoice.money("total"), currency=invoice.value("currency"), po_number=invoice.value("po_number"),
        action="extracted",
        audit={"method": invoice.document.method,
               "fields": {k: [f.value, f.confidence] for k, f in invoice.fields.items()},
               "lines": len(invoice.line_items), "warnings": invoice.warnings},
    )
    return {"outcome": CaseStatus.PROCESSING.value}


def _failed_readings(events: list[AuditEvent]) -> tuple[int, str]:
    """The readings that failed since the last one that ended (read or refused), and the last
    failure: each that raised, and each in process whose end never came (its process died)."""
    def died(reading: dict | None) -> bool:
        return reading is not None and not reading.get("isolated")

    stopped = "the process reading it stopped"
    failed, last, reading = 0, "", None
    for event in events:
        if event.action == "extraction_started":
            if died(reading):
                failed, last = failed + 1, stopped
            reading = event.payload
        elif event.action == "extraction_error":
            failed, last, reading = failed + 1, str(event.payload.get("error", "")), None
        elif event.action in ("extracted", "extraction_failed"):
            failed, last, reading = 0, "", None
    if died(reading):
        failed, last = failed + 1, stopped
    return failed, last


def match_vendor(deps: WorkflowDeps, state: CaseState) -> CaseState:
    invoice = _invoice(_case(deps.store, state))
    match = find_vendor(invoice, deps.erp.vendor_lookup())
    vendor = match.vendor
    deps.store.update_case(
        state["case_id"], vendor_id=vendor.id if vendor else None, **({"vendor_name": vendor.name} if vendor else {}),
        action="vendor_matched",
        audit={"vendor_id": vendor.id if vendor else None, "method": match.method, "score": match.score},
    )
    return {"vendor_match": match.model_dump(mode="json"), "cited_po": invoice.value("po_number")}


def lookup_po(deps: WorkflowDeps, state: CaseState) -> CaseState:
    # A checkpoint written before match_vendor handed the number on has none: read it again.
    cited = state["cited_po"] if "cited_po" in state else _invoice(_case(deps.store, state)).value("po_number")
    po = find_po(cited, deps.erp)
    deps.store.update_case(state["case_id"], action="po_looked_up",
                           audit={"cited": cited, "found": po.number if po else None})
    return {"purchase_order": po.model_dump(mode="json") if po else None}


def validate(deps: WorkflowDeps, state: CaseState) -> CaseState:
    """Gather the facts once, run the policy, store both. An unknown vendor alone is proposed for
    creation instead of dead-ending the case."""
    store = deps.store
    case = _case(store, state)
    facts = gather_facts(deps, case, state)
    result = apply_overrides(run_policy(facts, deps.policy), deps.store.corrections_for(case.id), deps.policy)
    audit = {"violations": _findings(result),
             "approval": result.approval.model_dump(mode="json") if result.approval else None}
    blocks = result.by_severity(Severity.BLOCK)
    recorded = {"policy_result": result, "facts": facts.model_dump(mode="json")}
    if blocks and {v.code for v in blocks} == {"VENDOR_UNKNOWN"} and facts.invoice.value("vendor_name"):
        store.update_case(case.id, action="vendor_unknown", audit=audit, **recorded)
        return {"outcome": NEW_VENDOR}
    if result.blocked:
        store.update_case(case.id, status=CaseStatus.BLOCKED, reason="; ".join(v.message for v in blocks),
                          action="blocked", audit=audit, **recorded)
        return {"outcome": CaseStatus.BLOCKED.value}
    store.update_case(case.id, action="validated", audit=audit, **recorded)
    return {"outcome": CaseStatus.PROCESSING.value}


def gather_facts(deps: WorkflowDeps, case: CaseView, state: CaseState) -> CaseFacts:
    """Everything the policy layer may look at for an invoice case: the only I/O of validation.

    The vendor match and the PO are what the earlier nodes handed on in `state`; a state without
    them (a checkpoint that predates them, or `policy explain` on an old case) finds them again."""
    invoice = _invoice(case)
    match = (VendorMatch.model_validate(state["vendor_match"]) if "vendor_match" in state
             else find_vendor(invoice, deps.erp.vendor_lookup()))
    po = _po(state["purchase_order"]) if "purchase_order" in state else find_po(invoice.value("po_number"), deps.erp)
    vendor = match.vendor
    return CaseFacts(
        case_id=case.id,
        invoice=invoice,
        vendor_match=match if vendor else VendorMatch(),
        purchase_order=po,
        posted_bills=deps.erp.bills_for_vendor(vendor.id) if vendor else [],
        open_cases=deps.store.open_case_refs(exclude=case.id),
        gl_accounts=deps.erp.list_accounts(),
        uploader=case.uploader,
        today=deps.clock().date(),
    )


# --------------------------------------------------------------------------- invoice: propose


def propose_vendor(deps: WorkflowDeps, state: CaseState) -> CaseState:
    case = _case(deps.store, state)
    payload = create_vendor_payload(_invoice(case))
    key = create_vendor_idempotency_key(payload)
    now = deps.clock()
    proposal = Proposal(
        id=proposal_id(key, case.id, case.run), case_id=case.id, kind="create_vendor", payload=payload,
        policy_result=PolicyResult(violations=vendor_proposal_findings(payload),
                                   approval=vendor_creation_requirement(deps.policy)),
        idempotency_key=key, status=ProposalStatus.AWAITING_APPROVAL, created_at=now,
        expires_at=now + timedelta(hours=deps.policy.approval_expiry_hours),
    )
    return _propose(deps, case.id, proposal, f"new vendor {payload['name']!r}: {waiting_reason(proposal)}",
                    f"vendor {payload['name']!r} is already proposed in case {{other}}")


def draft(deps: WorkflowDeps, state: CaseState) -> CaseState:
    """The bill, coded from the facts validation saw (never fetched again)."""
    case = _case(deps.store, state)
    facts = CaseFacts.model_validate(case.facts) if case.facts else gather_facts(deps, case, state)
    vendor = facts.vendor_match.vendor
    assert vendor is not None, "validate lets no invoice without a vendor through to draft"
    bill = draft_bill(facts.invoice, vendor, facts.purchase_order, line_accounts(facts, deps.policy),
                      deps.policy.erp_mapping)
    proposal = bill_proposal(case.id, bill, case.policy_result or PolicyResult(), now=deps.clock(),
                             expiry_hours=deps.policy.approval_expiry_hours, run=case.run)
    return _propose(deps, case.id, proposal, waiting_reason(proposal),
                    "the same bill is already proposed in case {other}")


# --------------------------------------------------------------------------- sales order


def check_order(deps: WorkflowDeps, state: CaseState) -> CaseState:
    store = deps.store
    case = _case(store, state)
    facts = gather_order_facts(case.invoice_number or "", deps.crm, deps.erp, deps.clock().date())
    if facts is None:
        store.update_case(case.id, status=CaseStatus.BLOCKED,
                          reason=f"no opportunity {case.invoice_number} in the {deps.crm.name}",
                          action="blocked", audit={"opportunity": case.invoice_number})
        return {"outcome": CaseStatus.BLOCKED.value}
    result = validate_order(facts, deps.policy)
    opportunity = facts.opportunity
    audit = {"violations": _findings(result), "customer": facts.customer.id if facts.customer else None}
    recorded = dict(vendor_name=opportunity.account_name, currency=opportunity.currency, policy_result=result,
                    total=sum((line.amount for line in opportunity.lines), start=0),
                    facts=facts.model_dump(mode="json"))
    if result.blocked:
        reason = "; ".join(v.message for v in result.by_severity(Severity.BLOCK))
        store.update_case(case.id, status=CaseStatus.BLOCKED, reason=reason, action="blocked", audit=audit,
                          **recorded)
        return {"outcome": CaseStatus.BLOCKED.value}
    store.update_case(case.id, status=CaseStatus.PROCESSING, action="validated", audit=audit, **recorded)
    return {"outcome": CaseStatus.PROCESSING.value}


def draft_order(deps: WorkflowDeps, state: CaseState) -> CaseState:
    """The invoice, drafted from the order facts the ready-for-ERP rules saw."""
    case = _case(deps.store, state)
    facts = (OrderFacts.model_validate(case.facts) if case.facts
             else gather_order_facts(case.invoice_number or "", deps.crm, deps.erp, deps.clock().date()))
    if facts is None:  # a checkpoint that predates the snapshot, and the opportunity is gone from the CRM
        deps.store.update_case(case.id, status=CaseStatus.BLOCKED,
                               reason=f"no opportunity {case.invoice_number} in the {deps.crm.name}",
                               action="blocked", audit={"opportunity": case.invoice_number})
        return {"outcome": CaseStatus.BLOCKED.value}
    proposal = order_proposal(case.id, facts.opportunity, facts.customer, case.policy_result or PolicyResult(),
                              now=deps.clock(), expiry_hours=deps.policy.approval_expiry_hours, run=case.run)
    return _propose(deps, case.id, proposal, waiting_reason(proposal),
                    "this order is already proposed in case {other}")


# --------------------------------------------------------------------------- a person decides, then it posts


def approval(deps: WorkflowDeps, state: CaseState) -> CaseState:
    """Nothing but the interrupt: the decision is checked and recorded by agent.approvals.decide
    before the graph resumes. A proposal decided already (this node re-run after a kill) has
    nothing to wait for."""
    proposal = deps.store.get_proposal(state["proposal_id"] or "")
    if proposal is not None and proposal.status == ProposalStatus.AWAITING_APPROVAL:
        interrupt({"case_id": state["case_id"], "proposal_id": state["proposal_id"]})
    return {}


@dataclass(frozen=True)
class Done:
    """What carrying out a proposal produced, for the record."""

    erp_ref: str
    case_status: str
    reason: str
    action: str
    details: dict[str, Any]
    outcome: str = CaseStatus.POSTED.value


def post(deps: WorkflowDeps, state: CaseState) -> CaseState:
    """Carry out an approved proposal in the outside system, then record it; safe to re-run
    (every executor is exactly-once per idempotency key, and the status change is a CAS)."""
    proposal = deps.store.get_proposal(state["proposal_id"] or "")
    assert proposal is not None, "the approval node only routes an existing proposal here"
    with bound(proposal_id=proposal.id):
        return _post(deps, proposal)


def _post(deps: WorkflowDeps, proposal: Proposal) -> CaseState:
    store, erp = deps.store, deps.erp
    if proposal.status == ProposalStatus.POSTED and proposal.kind == "create_vendor":
        return {"outcome": VENDOR_CREATED, "proposal_id": None}  # a re-run: go on to the bill as the first run did
    if proposal.status != ProposalStatus.APPROVED:
        return {"outcome": str(proposal.status)}  # posted already (a re-run) or never approved
    shortfall = approvals_missing(deps, proposal)
    if shortfall:  # "approved" without the approvals to show for it: a database edit, never a post
        log.error("refusing to post %s: %s", proposal.id, shortfall)
        store.record_post_refused(proposal, reason=shortfall)
        return {"outcome": CaseStatus.FAILED.value}
    execute, what = EXECUTORS[proposal.kind]
    try:
        done = execute(deps, proposal)
    except ERPUnavailable as exc:
        log.warning("the %s did not answer; the post is deferred: %s", erp.name, exc)
        # Nothing was refused: the proposal stays approved and the graph stays at this node,
        # for the next attempt (a worker, `recover`) under the same idempotency key.
        store.update_case(proposal.case_id, reason=f"approved; the {erp.name} did not answer ({exc}); "
                          "the post will be tried again", action="post_deferred",
                          audit={"proposal_id": proposal.id, "erp": erp.name, "error": str(exc)})
        raise
    except ERPError as exc:
        store.record_post_failed(proposal, reason=f"{erp.name} refused the {what}: {exc}",
                                 payload={"proposal_id": proposal.id, "erp": erp.name, "error": str(exc)})
        return {"outcome": CaseStatus.FAILED.value}
    log.info("%s carried out in the %s as %s", proposal.kind, erp.name, done.erp_ref)
    store.record_posted(proposal, erp_ref=done.erp_ref, case_status=done.case_status, reason=done.reason,
                        action=done.action, payload={"proposal_id": proposal.id, "erp": erp.name,
                                                     "idempotency_key": proposal.idempotency_key, **done.details})
    return {"outcome": done.outcome, **({"proposal_id": None} if done.outcome == VENDOR_CREATED else {})}


def approvals_missing(deps: WorkflowDeps, proposal: Proposal) -> str:
    """Why the approvals on record do not carry this proposal to the outside system ('' when they
    do): the post step counts them itself instead of trusting the proposal's status."""
    counted = counted_approvers(deps.store.approvals_on_record(proposal.id), proposal, deps.policy)
    needed = approvals_still_needed(proposal, counted)
    if needed == 0:
        return ""
    return (f"not posted: the proposal is marked approved but its audit log shows {len(counted)} authorized "
            f"approval(s) and it needs {needed} more")


def _post_bill(deps: WorkflowDeps, proposal: Proposal) -> Done:
    bill_draft = BillDraft.model_validate(proposal.payload)
    bill = deps.erp.post_bill(bill_draft, idempotency_key=proposal.idempotency_key,
                              attachment=_attachment(deps.store, bill_draft.attachment_sha256))
    return Done(bill.id, CaseStatus.POSTED, f"posted to the {deps.erp.name} as {bill.id}", "posted",
                {"bill_id": bill.id, "total": bill.total})


def _create_vendor(deps: WorkflowDeps, proposal: Proposal) -> Done:
    case = deps.store.get_case(proposal.case_id)
    vendor = deps.erp.create_vendor(proposal.payload, idempotency_key=proposal.idempotency_key,
                                    created_by=case.uploader if case else None)
    return Done(vendor.id, CaseStatus.PROCESSING, f"vendor created as {vendor.id}; checking the invoice again",
                "vendor_created", {"vendor_id": vendor.id, "name": vendor.name}, outcome=VENDOR_CREATED)


def _sync_order(deps: WorkflowDeps, proposal: Proposal) -> Done:
    """Create the invoice, then tell the CRM: queued in the store first (so neither a crash nor a
    CRM outage loses it; the same values queued again on a re-run change nothing), then tried at
    once. A failed try stays queued and the worker retries it; the invoice is posted either way."""
    order = SalesInvoiceDraft.model_validate(proposal.payload)
    invoice = deps.erp.create_invoice(order, idempotency_key=proposal.idempotency_key)
    deps.write_backs.enqueue(order.opportunity_id, case_id=proposal.case_id, invoice_number=invoice.doc_number,
                             invoice_status=INVOICED, payment_status=PaymentStatus.UNPAID, erp_invoice_id=invoice.id,
                             invoice_date=invoice.invoice_date)
    delivery = deps.write_backs.deliver(order.opportunity_id)
    note = ""
    if delivery is not None and not delivery.written:
        note = (f"; the {deps.crm.name} write-back failed ({delivery.error}); it is queued and the worker "
                "retries it")
    return Done(invoice.doc_number, CaseStatus.POSTED, f"invoiced in the {deps.erp.name} as {invoice.doc_number}{note}",
                "posted", {"invoice": invoice.doc_number, "total": invoice.total, "crm_write_back": not note})


EXECUTORS: dict[str, tuple[Callable[[WorkflowDeps, Proposal], Done], str]] = {
    "post_bill": (_post_bill, "bill"), "create_vendor": (_create_vendor, "new vendor"),
    "sync_order": (_sync_order, "invoice"),
}


def notify(deps: WorkflowDeps, state: CaseState) -> CaseState:
    case = _case(deps.store, state)
    proposal = deps.store.get_proposal(state["proposal_id"]) if state.get("proposal_id") else None
    deps.notifier.case_updated(case, proposal)
    return {"outcome": str(case.status)}


# --------------------------------------------------------------------------- helpers


def waiting_reason(proposal: Proposal) -> str:
    approval_ = proposal.policy_result.approval
    if approval_ is None:
        return "awaiting approval"
    who = " or ".join(approval_.roles)
    count = f"{approval_.approvers_required} approvers" if approval_.approvers_required > 1 else "an approver"
    return f"awaiting {count} with role {who} ({approval_.band} band)"


def _propose(deps: WorkflowDeps, case_id: str, proposal: Proposal, case_reason: str, taken: str) -> CaseState:
    """Store the proposal and set the case awaiting; if another case holds the same key, block this one."""
    stored = deps.store.create_proposal(proposal, case_reason=case_reason)
    if stored.case_id != case_id:
        deps.store.update_case(case_id, status=CaseStatus.BLOCKED, reason=taken.format(other=stored.case_id),
                               action="blocked", audit={"duplicate_of_case": stored.case_id, "proposal_id": stored.id})
        return {"outcome": CaseStatus.BLOCKED.value}
    return {"proposal_id": stored.id, "outcome": CaseStatus.AWAITING_APPROVAL.value}


def _case(store: CaseStore, state: CaseState) -> CaseView:
    case = store.get_case(state["case_id"])
    if case is None:
        raise KeyError(f"no case {state['case_id']}")
    return case


def _invoice(case: CaseView) -> ExtractedInvoice:
    return ExtractedInvoice.model_validate(case.extracted)


def _po(data: dict[str, Any] | None) -> PurchaseOrder | None:
    return PurchaseOrder.model_validate(data) if data else None


def _findings(result: PolicyResult) -> list[dict[str, Any]]:
    return [{"code": v.code, "severity": v.severity, "message": v.message} for v in result.violations]


def _attachment(store: CaseStore, sha256: str | None) -> bytes | None:
    """The invoice PDF to attach to the bill in the ERP (None when there is no stored document)."""
    try:
        return store.document_bytes(sha256) if sha256 else None
    except (KeyError, OSError):
        return None
