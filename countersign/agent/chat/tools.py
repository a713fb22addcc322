"""The tools the chat agent may call. All read; none changes an outside system.

Each tool has a pydantic argument schema and a docstring written for the model. They are built
per conversation by `build_tools(services, user_id)`: the caller's identity is bound here from the
authenticated channel, never taken from the model's arguments. Posting, approving and rejecting
are not tools: a person does those through the approval surface, checked by the policy.
Errors are raised as ToolException, which the tool node hands back to the model as a message.
"""

from __future__ import annotations

import json
from typing import Any

from langchain_core.tools import StructuredTool, ToolException
from pydantic import BaseModel, Field

from countersign.agent.runner import sync_order as run_sync_order
from countersign.agent.stall import stall_report_for
from countersign.domain import BillDraft, ExtractedInvoice, ProposalStatus, Vendor, normalize_name
from countersign.policies.approval import authorize
from countersign.tools.explain_variance import explain_po_variance
from countersign.tools.match_vendor import match_vendor as match_vendor_tool

MAX_TEXT = 200  # longest free-text argument accepted


class CaseRef(BaseModel):
    case: str = Field(..., max_length=64, description="case id (C-…) or invoice number, e.g. INV-1043 or 1043")


class PORef(BaseModel):
    po_number: str = Field(..., max_length=32, description="purchase order number, e.g. PO-2001")


class VendorQuery(BaseModel):
    name: str | None = Field(None, max_length=MAX_TEXT, description="vendor name as printed")
    tax_id: str | None = Field(None, max_length=32, description="VAT / EIN / other tax id")
    iban: str | None = Field(None, max_length=40, description="bank account (IBAN)")


class VarianceRef(BaseModel):
    reference: str = Field(..., max_length=64, description="PO number, case id or invoice number")


class NoArgs(BaseModel):
    pass


class OpportunityRef(BaseModel):
    opportunity_id: str = Field(..., max_length=32, description="CRM opportunity id, e.g. OPP-3001")


def build_tools(services, user_id: str) -> list[StructuredTool]:
    store, erp, policy = services.store, services.erp, services.policy

    def find(case: str):
        found = store.find_case(case)
        if found is None:
            raise ToolException(f"no case or invoice matches {case!r}")
        return found

    def case_status(case: str) -> str:
        """Where an invoice case stands and exactly what it waits on: the approver (who, since when,
        reminders, refused attempts), blocking or review violations with their numbers, missing
        fields, a failed posting with the ERP's message. Use it for "why did X stall", "status of X"."""
        return _dump(stall_report_for(store, policy, services.clock(), find(case)))

    def pending_approvals() -> str:
        """Approval requests waiting for the person asking (their identity comes from the channel)."""
        mine, blocked_for_me = [], []
        for proposal in store.proposals_with_status([ProposalStatus.AWAITING_APPROVAL]):
            case = store.get_case(proposal.case_id)
            refusals = authorize(approver_id=user_id, proposal=proposal, policy=policy, now=services.clock(),
                                 prior_approvers=[d.approver_id for d in store.decisions_for(proposal.id)],
                                 uploader=case.uploader)
            entry = {"proposal_id": proposal.id, "case_id": case.id, "invoice_number": case.invoice_number,
                     "vendor": case.vendor_name, "total": _money(case.total), "currency": case.currency,
                     "requested_at": proposal.created_at.isoformat(),
                     "expires_at": proposal.expires_at.isoformat() if proposal.expires_at else None}
            if not refusals:
                mine.append(entry)
            elif policy.roles_of(user_id) & set(proposal.required_roles):
                blocked_for_me.append({**entry, "why_not_you": refusals})
        return _dump({"user": {"id": user_id, "name": policy.name_of(user_id), "mapped": user_id in policy.people},
                      "awaiting_you": mine, "you_hold_the_role_but_may_not_approve": blocked_for_me})

    def audit_trail(case: str) -> str:
        """The hash-chained audit events of one case, oldest first: who did what, when."""
        found = find(case)
        events = store.case_events(found.id)
        return _dump({"case_id": found.id, "events": [
            {"seq": e.seq, "at": e.at.isoformat(), "actor": e.actor, "action": e.action,
             "details": {k: v for k, v in e.payload.items() if k in ("proposal_id", "reason", "bill_id", "erp",
                                                                     "violations", "refusals", "filename")}}
            for e in events]})

    def lookup_po(po_number: str) -> str:
        """A purchase order with its lines, goods received per line, and bills already posted against it."""
        po = erp.get_purchase_order(po_number)
        if po is None:
            raise ToolException(f"no purchase order {po_number!r} in the {erp.name}")
        vendor = erp.get_vendor(po.vendor_id)
        billed = [b for b in erp.bills_for_vendor(po.vendor_id) if b.po_number == po.number]
        return _dump({
            "po_number": po.number, "status": po.status, "vendor": vendor.name if vendor else po.vendor_id,
            "currency": po.currency, "department": po.department,
            "lines": [{"line": l.line_no, "description": l.description, "ordered": _money(l.quantity),
                       "unit_price": _money(l.unit_price), "received": _money(po.received(l.line_no))}
                      for l in po.lines],
            "bills": [{"bill_id": b.id, "invoice_number": b.invoice_number, "total": _money(b.total)} for b in billed],
        })

    def match_vendor(name: str | None = None, tax_id: str | None = None, iban: str | None = None) -> str:
        """Find a vendor in the vendor master by tax id, bank account (IBAN) or name, strongest first."""
        if not (name or tax_id or iban):
            raise ToolException("give a vendor name, tax id or IBAN")
        fields = {"vendor_name": name, "vendor_tax_id": tax_id, "vendor_iban": iban}
        invoice = ExtractedInvoice.model_validate({"document": {"sha256": "", "pages": 0},
                                                   "fields": {k: {"value": v} for k, v in fields.items()}})
        match = match_vendor_tool(invoice, erp.vendor_lookup())
        return _dump({"matched": match.vendor is not None, "method": match.method, "score": match.score,
                      "vendor": _vendor(match.vendor) if match.vendor else None})

    def explain_variance(reference: str) -> str:
        """Line by line, how an invoice differs from its purchase order: ordered vs received vs billed
        quantity, invoiced vs PO unit price, the difference in percent, and the policy tolerance."""
        case = store.find_case(reference)
        po_number = None
        invoice = None
        if case is not None and case.extracted:
            invoice = ExtractedInvoice.model_validate(case.extracted)
            po_number = invoice.value("po_number")
        else:
            po_number = reference
        po = erp.get_purchase_order(po_number) if po_number else None
        if po is None:
            raise ToolException(f"no purchase order found for {reference!r}")
        if invoice is None:
            case = _latest_case_for_po(store, po.number)
            if case is None:
                raise ToolException(f"no invoice has been received against {po.number} yet")
            invoice = ExtractedInvoice.model_validate(case.extracted)
        report = explain_po_variance(invoice, po, policy)
        return _dump({
            "case_id": case.id, "invoice_number": invoice.value("invoice_number"), "po_number": po.number,
            "currency": report.currency, "ordered_amount": _money(report.ordered_amount),
            "billed_amount": _money(report.billed_amount), "verdict": report.verdict,
            "lines": [{"line": v.line, "description": v.description, "order_line": v.order_line,
                       "ordered": _money(v.ordered), "received": _money(v.received), "billed": _money(v.billed),
                       "order_price": _money(v.order_price), "billed_price": _money(v.billed_price),
                       "price_diff": _money(v.price_diff), "price_pct": _money(v.price_pct),
                       "tolerance": v.tolerance, "verdict": v.verdict, "ok": v.ok} for v in report.lines],
        })

    def extract_invoice(case: str) -> str:
        """What was read from a case's invoice document: each field with its confidence, and warnings."""
        found = find(case)
        if not found.extracted:
            raise ToolException(f"case {found.id} has no readable document: {found.reason}")
        fields = {k: {"value": v.get("value"), "confidence": v.get("confidence")}
                  for k, v in found.extracted["fields"].items()}
        return _dump({"case_id": found.id, "fields": fields, "warnings": found.extracted.get("warnings", [])})

    def draft_bill(case: str) -> str:
        """The bill drafted for a case (vendor, lines with GL accounts, totals) and its approval status."""
        found = find(case)
        proposals = [p for p in store.proposals_for_case(found.id) if p.kind == "post_bill"]
        if not proposals:
            raise ToolException(f"no bill was drafted for case {found.id} ({found.status}: {found.reason})")
        proposal = proposals[-1]
        draft = BillDraft.model_validate(proposal.payload)
        return _dump({"proposal_id": proposal.id, "status": proposal.status, "bill": draft.model_dump(mode="json")})

    def sync_order(opportunity_id: str) -> str:
        """Propose turning a closed-won CRM opportunity into an ERP invoice. This creates nothing in
        the ERP: it checks the order is ready (PO reference, billing details, tax certificate, prices)
        and, if so, asks the policy's approver to approve. Returns where the order stands."""
        result = run_sync_order(services, opportunity_id, requested_by=user_id)
        return _dump(stall_report_for(store, policy, services.clock(), store.get_case(result.case_id)))

    specs = [
        (case_status, CaseRef), (pending_approvals, NoArgs), (audit_trail, CaseRef), (lookup_po, PORef),
        (match_vendor, VendorQuery), (explain_variance, VarianceRef), (extract_invoice, CaseRef),
        (draft_bill, CaseRef), (sync_order, OpportunityRef),
    ]
    return [
        StructuredTool.from_function(func, name=func.__name__, description=" ".join(func.__doc__.split()),
                                     args_schema=schema, handle_tool_error=_tool_error)
        for func, schema in specs
    ]


def _tool_error(exc: ToolException) -> str:
    """Errors say so in their text too: over an OpenAI-compatible API only the content travels."""
    return f"Error: {exc}"


def _latest_case_for_po(store, po_number: str):
    for case in reversed(store.list_cases()):
        fields = (case.extracted or {}).get("fields", {})
        if (fields.get("po_number") or {}).get("value") == po_number:
            return case
    return None


def _vendor(v: Vendor) -> dict[str, Any]:
    return {"id": v.id, "name": v.name, "tax_id": v.tax_id, "status": v.status, "currency": v.currency,
            "normalized_name": normalize_name(v.name)}


def _money(value) -> str | None:
    return None if value is None else format(value, "f")


def _dump(data: Any) -> str:
    return json.dumps(data, default=str)


TOOL_NAMES = ("case_status", "pending_approvals", "audit_trail", "lookup_po", "match_vendor", "explain_variance",
              "extract_invoice", "draft_bill", "sync_order")
