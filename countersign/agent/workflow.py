"""The invoice workflow as a LangGraph graph, one thread per case (thread_id = case id).

    invoice: extract → match_vendor → lookup_po → validate → draft ─┐
             (vendor unknown: validate → propose_vendor → approval → post → match_vendor …)
    order:   check_order ─────────────────────────────→ draft_order ─┤
                                                                     ▼
                                                   approval → post → notify
    (blocked, unreadable, rejected and expired cases go straight to notify)

The approval node does nothing but `interrupt()`: LangGraph re-runs a node from its start on
resume, so no side effect may sit before the interrupt. Posting is its own node and safe to
re-run: the ERP adapter checks the idempotency key before it writes. Every node reads the case
from the store and writes its result back, so the graph state holds only ids.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Callable, TypedDict

from langgraph.graph import END, START, StateGraph
from langgraph.types import interrupt

from countersign.app import store as st
from countersign.agent.notify import Notifier
from countersign.app.store import Store
from datetime import timedelta

from countersign.domain import (
    ApprovalRequirement,
    BillDraft,
    CaseFacts,
    Customer,
    ExtractedInvoice,
    OrderFacts,
    PolicyResult,
    Proposal,
    ProposalStatus,
    SalesInvoiceDraft,
    Severity,
    VendorMatch,
    canonical_json,
    sha256_hex,
    utcnow,
)
from countersign.policies.sales_orders import validate_order
from countersign.policies.rules.gl import line_accounts
from countersign.policies.runner import validate
from countersign.policies.schema import Policy
from countersign.tools.draft_bill import bill_proposal, draft_bill
from countersign.tools.extract_invoice import UnreadableDocument
from countersign.tools.lookup_po import lookup_po
from countersign.tools.match_vendor import create_vendor_idempotency_key, create_vendor_payload, match_vendor
from countersign.policies.rules.vendor import vendor_proposal_findings
from countersign.ports import CRM, ERP, CRMError, ERPError, ERPUnavailable

AGENT = "agent"
NEW_VENDOR = "new_vendor"  # validate found only an unknown vendor: propose it
VENDOR_CREATED = "vendor_created"  # an approved vendor was created: match the invoice again


class CaseState(TypedDict, total=False):
    case_id: str
    vendor_id: str | None
    vendor_method: str
    vendor_score: float
    po_number: str | None
    proposal_id: str | None
    outcome: str


@dataclass
class WorkflowDeps:
    store: Store
    erp: ERP
    crm: CRM
    policy: Policy
    notifier: Notifier
    extract: Callable[[bytes], ExtractedInvoice]
    clock: Callable[[], datetime] = field(default=utcnow)


def thread_config(case_id: str) -> dict[str, Any]:
    return {"configurable": {"thread_id": case_id}}


def build_workflow(deps: WorkflowDeps, checkpointer):
    store, erp, policy = deps.store, deps.erp, deps.policy

    def invoice_of(case_id: str) -> ExtractedInvoice:
        case = store.get_case(case_id)
        return ExtractedInvoice.model_validate(case.extracted)

    def extract(state: CaseState) -> CaseState:
        case = store.get_case(state["case_id"])
        try:
            invoice = deps.extract(store.document_bytes(case.document_sha256))
        except UnreadableDocument as exc:
            store.update_case(
                case.id, status=st.FAILED_INTAKE, reason=f"unreadable document: {exc}",
                action="extraction_failed", audit={"reason": str(exc)},
            )
            return {"outcome": st.FAILED_INTAKE}
        store.update_case(
            case.id,
            status=st.PROCESSING,
            extracted=invoice.contract_json(),
            vendor_name=invoice.value("vendor_name"),
            invoice_number=invoice.value("invoice_number"),
            total=invoice.money("total"),
            currency=invoice.value("currency"),
            action="extracted",
            audit={
                "method": invoice.document.method,
                "fields": {k: [f.value, f.confidence] for k, f in invoice.fields.items()},
                "lines": len(invoice.line_items),
                "warnings": invoice.warnings,
            },
        )
        return {"outcome": st.PROCESSING}

    def match_vendor_node(state: CaseState) -> CaseState:
        match = match_vendor(invoice_of(state["case_id"]), erp.vendor_lookup())
        vendor = match.vendor
        store.update_case(
            state["case_id"],
            vendor_id=vendor.id if vendor else None,
            **({"vendor_name": vendor.name} if vendor else {}),
            action="vendor_matched",
            audit={"vendor_id": vendor.id if vendor else None, "method": match.method, "score": match.score},
        )
        return {"vendor_id": vendor.id if vendor else None, "vendor_method": match.method, "vendor_score": match.score}

    def lookup_po_node(state: CaseState) -> CaseState:
        invoice = invoice_of(state["case_id"])
        po = lookup_po(invoice, erp)
        store.update_case(
            state["case_id"],
            action="po_looked_up",
            audit={"cited": invoice.value("po_number"), "found": po.number if po else None},
        )
        return {"po_number": po.number if po else None}

    def case_facts(state: CaseState) -> CaseFacts:
        """What the policy layer sees for this case; the draft is coded from the same facts."""
        return build_case_facts(store.get_case(state["case_id"]), store=store, erp=erp, today=deps.clock().date(),
                                vendor_method=state.get("vendor_method", "none"),
                                vendor_score=state.get("vendor_score", 0.0))

    def validate_node(state: CaseState) -> CaseState:
        case = store.get_case(state["case_id"])
        facts = case_facts(state)
        result = validate(facts, policy)
        audit = {
            "violations": [{"code": v.code, "severity": v.severity, "message": v.message} for v in result.violations],
            "approval": result.approval.model_dump(mode="json") if result.approval else None,
        }
        blocks = result.by_severity(Severity.BLOCK)
        if blocks and {v.code for v in blocks} == {"VENDOR_UNKNOWN"} and facts.invoice.value("vendor_name"):
            # Only the vendor is missing: propose it for approval instead of dead-ending the case.
            store.update_case(case.id, policy_result=result, action="vendor_unknown", audit=audit)
            return {"outcome": NEW_VENDOR}
        if result.blocked:
            reason = "; ".join(v.message for v in blocks)
            store.update_case(case.id, policy_result=result, status=st.BLOCKED, reason=reason,
                              action="blocked", audit=audit)
            return {"outcome": st.BLOCKED}
        store.update_case(case.id, policy_result=result, action="validated", audit=audit)
        return {"outcome": st.PROCESSING}

    def propose_vendor(state: CaseState) -> CaseState:
        case = store.get_case(state["case_id"])
        invoice = ExtractedInvoice.model_validate(case.extracted)
        payload = create_vendor_payload(invoice)
        key = create_vendor_idempotency_key(payload)
        now = deps.clock()
        proposal = Proposal(
            id="P-" + key[:10].upper(), case_id=case.id, kind="create_vendor", payload=payload,
            policy_result=PolicyResult(violations=vendor_proposal_findings(payload), approval=ApprovalRequirement(
                roles=list(policy.vendor_creation.roles), approvers_required=policy.vendor_creation.approvers_required,
                band="vendor master")),
            idempotency_key=key, status=ProposalStatus.AWAITING_APPROVAL, created_at=now,
            expires_at=now + timedelta(hours=policy.approval_expiry_hours),
        )
        stored = store.create_proposal(proposal, case_reason=f"new vendor {payload['name']!r}: {_waiting_reason(proposal)}")
        if stored.case_id != case.id:
            reason = f"vendor {payload['name']!r} is already proposed in case {stored.case_id}"
            store.update_case(case.id, status=st.BLOCKED, reason=reason, action="blocked",
                              audit={"vendor_proposed_in": stored.case_id})
            return {"outcome": st.BLOCKED}
        return {"proposal_id": stored.id, "outcome": st.AWAITING_APPROVAL}

    def draft(state: CaseState) -> CaseState:
        case = store.get_case(state["case_id"])
        facts = case_facts(state)
        accounts = line_accounts(facts, policy)
        proposal = bill_proposal(
            case.id, draft_bill(facts.invoice, facts.vendor_match.vendor, facts.purchase_order, accounts,
                                policy.erp_mapping),
            case.policy_result,
            now=deps.clock(), expiry_hours=policy.approval_expiry_hours,
        )
        stored = store.create_proposal(proposal, case_reason=_waiting_reason(proposal))
        if stored.case_id != case.id:
            # The same bill (same key) is already proposed by another case: never propose it twice.
            store.update_case(case.id, status=st.BLOCKED, reason=f"the same bill is already proposed in case {stored.case_id}",
                              action="blocked", audit={"duplicate_of_case": stored.case_id, "proposal_id": stored.id})
            return {"outcome": st.BLOCKED}
        return {"proposal_id": stored.id, "outcome": st.AWAITING_APPROVAL}

    def approval(state: CaseState) -> CaseState:
        # Nothing but the interrupt: the decision itself is checked and recorded by
        # agent.approvals.decide before the graph is resumed. A proposal decided already (this
        # node re-run after a kill) has nothing to wait for.
        if store.get_proposal(state["proposal_id"]).status == ProposalStatus.AWAITING_APPROVAL:
            interrupt({"case_id": state["case_id"], "proposal_id": state["proposal_id"]})
        return {}

    def check_order(state: CaseState) -> CaseState:
        case = store.get_case(state["case_id"])
        opportunity = deps.crm.get_opportunity(case.invoice_number)
        if opportunity is None:
            store.update_case(case.id, status=st.BLOCKED, reason=f"no opportunity {case.invoice_number} in the {deps.crm.name}",
                              action="blocked", audit={"opportunity": case.invoice_number})
            return {"outcome": st.BLOCKED}
        customer = erp.find_customer(tax_id=opportunity.tax_id, name=opportunity.account_name)
        existing = next((i.doc_number for i in erp.invoices(opportunity.close_date or deps.clock().date(),
                                                             deps.clock().date() + timedelta(days=1))
                         if i.opportunity_id == opportunity.id), None)
        facts = OrderFacts(opportunity=opportunity, price_book=deps.crm.price_book(opportunity.currency),
                           customer=customer, existing_invoice=existing, today=deps.clock().date())
        result = validate_order(facts, policy)
        total = sum((line.amount for line in opportunity.lines), start=0)
        audit = {"violations": [{"code": v.code, "severity": v.severity, "message": v.message} for v in result.violations],
                 "customer": customer.id if customer else None}
        fields = dict(vendor_name=opportunity.account_name, total=total, currency=opportunity.currency,
                      policy_result=result)
        if result.blocked:
            reason = "; ".join(v.message for v in result.by_severity(Severity.BLOCK))
            store.update_case(case.id, status=st.BLOCKED, reason=reason, action="blocked", audit=audit, **fields)
            return {"outcome": st.BLOCKED}
        store.update_case(case.id, status=st.PROCESSING, action="validated", audit=audit, **fields)
        return {"outcome": st.PROCESSING}

    def draft_order(state: CaseState) -> CaseState:
        case = store.get_case(state["case_id"])
        opportunity = deps.crm.get_opportunity(case.invoice_number)
        customer = erp.find_customer(tax_id=opportunity.tax_id, name=opportunity.account_name)
        today = deps.clock().date()
        draft_ = SalesInvoiceDraft(
            customer_id=customer.id if customer else None,
            customer=None if customer else Customer(id="", name=opportunity.account_name, tax_id=opportunity.tax_id,
                                                    billing_email=opportunity.billing_email,
                                                    billing_address=opportunity.billing_address,
                                                    tax_exempt=opportunity.tax_exempt),
            opportunity_id=opportunity.id, currency=opportunity.currency, lines=opportunity.lines,
            po_reference=opportunity.po_reference, invoice_date=today, due_date=today + timedelta(days=30),
        )
        key = sha256_hex(canonical_json({"kind": "sync_order", "opportunity": opportunity.id}))[:32]
        now = deps.clock()
        proposal = Proposal(
            id="P-" + key[:10].upper(), case_id=case.id, kind="sync_order",
            payload={**draft_.model_dump(mode="json"), "total": format(draft_.total, "f")},
            policy_result=case.policy_result, idempotency_key=key, status=ProposalStatus.AWAITING_APPROVAL,
            created_at=now, expires_at=now + timedelta(hours=policy.approval_expiry_hours),
        )
        stored = store.create_proposal(proposal, case_reason=_waiting_reason(proposal))
        if stored.case_id != case.id:
            store.update_case(case.id, status=st.BLOCKED, reason=f"this order is already proposed in case {stored.case_id}",
                              action="blocked", audit={"duplicate_of_case": stored.case_id})
            return {"outcome": st.BLOCKED}
        return {"proposal_id": stored.id, "outcome": st.AWAITING_APPROVAL}

    def post(state: CaseState) -> CaseState:
        """Carry out an approved proposal in the outside system, then record it; safe to re-run
        (every executor is exactly-once per idempotency key, and the status change is a CAS)."""
        proposal = store.get_proposal(state["proposal_id"])
        if proposal.status == ProposalStatus.POSTED and proposal.kind == "create_vendor":
            return {"outcome": VENDOR_CREATED, "proposal_id": None}  # a re-run: go on to the bill as the first run did
        if proposal.status != ProposalStatus.APPROVED:
            return {"outcome": proposal.status}  # posted already (a re-run) or never approved
        execute, what = EXECUTORS[proposal.kind]
        try:
            done = execute(proposal)
        except ERPUnavailable as exc:
            # Nothing was refused: the proposal stays approved and the graph stays at this node,
            # for the next attempt (a worker, `recover`) under the same idempotency key.
            store.update_case(proposal.case_id, reason=f"approved; the {erp.name} did not answer ({exc}); "
                              "the post will be tried again", action="post_deferred",
                              audit={"proposal_id": proposal.id, "erp": erp.name, "error": str(exc)})
            raise
        except ERPError as exc:
            with store.sessions.begin() as s:
                store.transition(s, proposal.id, from_status=[ProposalStatus.APPROVED],
                                 to_status=ProposalStatus.FAILED, failure=str(exc))
                store.set_case_status(s, proposal.case_id, st.FAILED, f"{erp.name} refused the {what}: {exc}")
                store.audit.append(s, actor="system", action="post_failed", subject=proposal.case_id,
                                   payload={"proposal_id": proposal.id, "erp": erp.name, "error": str(exc)})
            return {"outcome": st.FAILED}
        with store.sessions.begin() as s:
            if store.transition(s, proposal.id, from_status=[ProposalStatus.APPROVED],
                                to_status=ProposalStatus.POSTED, erp_ref=done.erp_ref):
                store.set_case_status(s, proposal.case_id, done.case_status, done.reason)
                store.audit.append(s, actor="system", action=done.action, subject=proposal.case_id,
                                   payload={"proposal_id": proposal.id, "erp": erp.name,
                                            "idempotency_key": proposal.idempotency_key, **done.details})
        return {"outcome": done.outcome, **({"proposal_id": None} if done.outcome == VENDOR_CREATED else {})}

    def post_bill(proposal: Proposal) -> Done:
        draft_ = BillDraft.model_validate(proposal.payload)
        bill = erp.post_bill(draft_, idempotency_key=proposal.idempotency_key,
                             attachment=_attachment(store, draft_.attachment_sha256))
        return Done(bill.id, st.POSTED, f"posted to the {erp.name} as {bill.id}", "posted",
                    {"bill_id": bill.id, "total": bill.total})

    def create_vendor(proposal: Proposal) -> Done:
        case = store.get_case(proposal.case_id)
        vendor = erp.create_vendor(proposal.payload, idempotency_key=proposal.idempotency_key, created_by=case.uploader)
        return Done(vendor.id, st.PROCESSING, f"vendor created as {vendor.id}; checking the invoice again",
                    "vendor_created", {"vendor_id": vendor.id, "name": vendor.name}, outcome=VENDOR_CREATED)

    def sync_order(proposal: Proposal) -> Done:
        draft_ = SalesInvoiceDraft.model_validate(proposal.payload)
        invoice = erp.create_invoice(draft_, idempotency_key=proposal.idempotency_key)
        note = ""
        try:
            deps.crm.write_back(draft_.opportunity_id, invoice_number=invoice.doc_number, invoice_status="invoiced")
        except CRMError as exc:  # the invoice exists; the CRM catches up on the next sync or reconcile
            note = f"; the {deps.crm.name} write-back failed: {exc}"
        return Done(invoice.doc_number, st.POSTED, f"invoiced in the {erp.name} as {invoice.doc_number}{note}",
                    "posted", {"invoice": invoice.doc_number, "total": invoice.total, "crm_write_back": not note})

    EXECUTORS = {"post_bill": (post_bill, "bill"), "create_vendor": (create_vendor, "new vendor"),
                 "sync_order": (sync_order, "invoice")}

    def notify(state: CaseState) -> CaseState:
        case = store.get_case(state["case_id"])
        proposal = store.get_proposal(state["proposal_id"]) if state.get("proposal_id") else None
        deps.notifier.case_updated(case, proposal)
        return {"outcome": case.status}

    def start(state: CaseState) -> str:
        return "check_order" if store.get_case(state["case_id"]).kind == "order" else "extract"

    def after_check_order(state: CaseState) -> str:
        return "notify" if state.get("outcome") == st.BLOCKED else "draft_order"

    def after_extract(state: CaseState) -> str:
        return "notify" if state.get("outcome") == st.FAILED_INTAKE else "match_vendor"

    def after_validate(state: CaseState) -> str:
        outcome = state.get("outcome")
        return {st.BLOCKED: "notify", NEW_VENDOR: "propose_vendor"}.get(outcome, "draft")

    def after_post(state: CaseState) -> str:
        return "match_vendor" if state.get("outcome") == VENDOR_CREATED else "notify"

    def after_draft(state: CaseState) -> str:
        return "notify" if state.get("outcome") == st.BLOCKED else "approval"

    def after_approval(state: CaseState) -> str:
        proposal = store.get_proposal(state["proposal_id"])
        return "post" if proposal.status in (ProposalStatus.APPROVED, ProposalStatus.POSTED) else "notify"

    graph = StateGraph(CaseState)
    graph.add_node("extract", extract)
    graph.add_node("match_vendor", match_vendor_node)
    graph.add_node("lookup_po", lookup_po_node)
    graph.add_node("validate", validate_node)
    graph.add_node("draft", draft)
    graph.add_node("propose_vendor", propose_vendor)
    graph.add_node("check_order", check_order)
    graph.add_node("draft_order", draft_order)
    graph.add_node("approval", approval)
    graph.add_node("post", post)
    graph.add_node("notify", notify)
    graph.add_conditional_edges(START, start, ["extract", "check_order"])
    graph.add_conditional_edges("check_order", after_check_order, ["draft_order", "notify"])
    graph.add_conditional_edges("draft_order", after_draft, ["approval", "notify"])
    graph.add_conditional_edges("extract", after_extract, ["match_vendor", "notify"])
    graph.add_edge("match_vendor", "lookup_po")
    graph.add_edge("lookup_po", "validate")
    graph.add_conditional_edges("validate", after_validate, ["draft", "propose_vendor", "notify"])
    graph.add_conditional_edges("propose_vendor", after_draft, ["approval", "notify"])
    graph.add_conditional_edges("draft", after_draft, ["approval", "notify"])
    graph.add_conditional_edges("approval", after_approval, ["post", "notify"])
    graph.add_conditional_edges("post", after_post, ["match_vendor", "notify"])
    graph.add_edge("notify", END)
    return graph.compile(checkpointer=checkpointer)


def build_case_facts(case, *, store: Store, erp: ERP, today, vendor_method: str, vendor_score: float) -> CaseFacts:
    """Gather everything the policy layer may look at for an invoice case (the only I/O of validation)."""
    invoice = ExtractedInvoice.model_validate(case.extracted)
    vendor = erp.get_vendor(case.vendor_id) if case.vendor_id else None
    return CaseFacts(
        case_id=case.id,
        invoice=invoice,
        vendor_match=VendorMatch(vendor=vendor, method=vendor_method, score=vendor_score) if vendor else VendorMatch(),
        purchase_order=lookup_po(invoice, erp),
        posted_bills=erp.bills_for_vendor(vendor.id) if vendor else [],
        open_cases=store.open_case_refs(exclude=case.id),
        gl_accounts=erp.list_accounts(),
        uploader=case.uploader,
        today=today,
    )


def case_facts_for(services, case) -> CaseFacts:
    """The facts of a case outside the graph (`policy explain`), with the vendor match as audited."""
    matched = next((e.payload for e in reversed(services.audit.events(case.id)) if e.action == "vendor_matched"), {})
    return build_case_facts(case, store=services.store, erp=services.erp, today=services.clock().date(),
                            vendor_method=matched.get("method") or "none", vendor_score=matched.get("score") or 0.0)


@dataclass(frozen=True)
class Done:
    """What carrying out a proposal produced, for the record."""

    erp_ref: str
    case_status: str
    reason: str
    action: str
    details: dict[str, Any]
    outcome: str = st.POSTED


def _attachment(store: Store, sha256: str | None) -> bytes | None:
    """The invoice PDF to attach to the bill in the ERP (None when there is no stored document)."""
    try:
        return store.document_bytes(sha256) if sha256 else None
    except (KeyError, OSError):
        return None


def _waiting_reason(proposal) -> str:
    approval = proposal.policy_result.approval
    if approval is None:
        return "awaiting approval"
    who = " or ".join(approval.roles)
    count = f"{approval.approvers_required} approvers" if approval.approvers_required > 1 else "an approver"
    return f"awaiting {count} with role {who} ({approval.band} band)"
