"""The tools the chat agent may call: typed functions whose docstrings are the model's prompt.

Each tool is `tool(deps: ToolDeps, <the model's arguments>) -> str`. The summary of its docstring (tool_schema.py)
is the tool's description and its `Args:` section describes each argument to the model; the
`Annotated` constraints (lengths) are checked before the function runs. `deps` is bound per
question by `build_tools`, so the asker's identity comes from the channel, never from the model,
and what a tool can touch is what `ToolDeps` holds: readers, plus the one proposing callable.
Errors are raised as ToolException, which reaches the model as "Error: …" text.
Bank details and tax ids leave the tools masked (`_masked`, the policy's IBAN masking), so neither
the model nor an answer built from them carries one in clear; the policy's findings keep theirs.
"""

from __future__ import annotations

import json
import re
from datetime import timedelta
from typing import Annotated, Any, Callable

from langchain_core.tools import StructuredTool, ToolException
from pydantic import Field

from countersign.agent.authority import refusals_now
from countersign.agent.chat.customers import refuse_a_customers
from countersign.agent.chat.deal_lookup import named_deal
from countersign.agent.chat.deps import ToolDeps
from countersign.agent.chat.descriptions import DESCRIBED
from countersign.agent.chat.findings import Finding
from countersign.agent.chat.listing import DueIn, ReceivedIn, Which, listed, select
from countersign.agent.chat.lookups import (
    Several,
    a_vendor,
    find,
    invoices_from,
    latest_case_for_po,
    named_people,
    order_case,
    other_number,
    po_by_contents,
    po_named,
    resolve_with_vendors,
    vendor_address,
    vendors_by_spend,
    vendors_selling,
)
from countersign.agent.chat.phrasing import no_po_error
from countersign.agent.chat.places import banking_in, in_named_place, on_its_street
from countersign.agent.chat.ranks import RANK
from countersign.agent.chat.resolve import NAME_SCORE, PO_NUMBER, best_by_name, field, name_score
from countersign.agent.chat.shapes import TOTAL_OF
from countersign.agent.chat.tool_schema import to_langchain
from countersign.agent.chat.vendors import described, set_up_by
from countersign.agent.stall import stall_report_for
from countersign.domain import (
    CLOSED_WON,
    BillDraft,
    ExtractedInvoice,
    ProposalStatus,
    Vendor,
    normalize_name,
)
from countersign.policies.rules._common import mask_iban
from countersign.policies.sales_orders import validate_order
from countersign.ports import CRMError, ERPError
from countersign.tools.explain_variance import explain_po_variance
from countersign.tools.match_vendor import match_vendor as match_vendor_tool
from countersign.tools.reconcile import outstanding
from countersign.tools.sync_order import gather_order_facts

MAX_TEXT = 200  # longest free-text argument accepted

CaseArg = Annotated[str, Field(max_length=64)]
MASKED_FIELDS = ("vendor_iban", "vendor_tax_id")  # read from the document; shown with all but 4 characters hidden


def case_status(deps: ToolDeps, case: CaseArg) -> str:
    """Where an invoice case stands and exactly what it waits on: the approver (who, since when,
    reminders, refused attempts), blocking or review violations with their numbers, missing
    fields, a failed posting with the ERP's message. Use it for "why did X stall", "status of X".

    Args:
        case: case id (C-…) or invoice number, e.g. INV-1043 or 1043
    """
    found = find(deps, case)
    report = _report(deps, found)
    if typed := other_number(case, found):  # "GX-2025-118": not what the invoice says, so the answer says so
        report["typed_number"] = typed
    return _dump(report)


def pending_approvals(deps: ToolDeps, person: Annotated[str | None, Field(max_length=64)] = None) -> str:
    """Approval requests waiting for the person asking (their identity comes from the channel), or
    for another person they name ("what is waiting on Priya?"): only those the policy would accept
    from that person, segregation of duties included.

    Args:
        person: whose queue to show, by name, when the asker asks about someone else's; omit for their own
    """
    store, policy = deps.store, deps.policy
    user_id = _person(deps, person) if person else deps.user_id
    mine, blocked_for_me = [], []
    for proposal in store.proposals_with_status([ProposalStatus.AWAITING_APPROVAL]):
        case = store.get_case(proposal.case_id)
        refusals = refusals_now(deps, proposal, user_id, deps.clock())
        entry = {"proposal_id": proposal.id, "kind": proposal.kind, "case_id": case.id,
                 "invoice_number": case.invoice_number,
                 "vendor": case.vendor_name, "total": _money(case.total), "currency": case.currency,
                 "requested_at": proposal.created_at.isoformat(),
                 "expires_at": proposal.expires_at.isoformat() if proposal.expires_at else None}
        if not refusals:
            mine.append(entry)
        elif policy.roles_of(user_id) & set(proposal.required_roles):
            blocked_for_me.append({**entry, "why_not_you": refusals})
    return _dump({"user": {"id": user_id, "name": policy.name_of(user_id), "mapped": user_id in policy.people,
                           "asker": user_id == deps.user_id},
                  "awaiting_you": mine, "you_hold_the_role_but_may_not_approve": blocked_for_me})


def _person(deps: ToolDeps, name: str) -> str:
    """The policy's id for a person named by id, whole name or one of its words (a typo allowed)."""
    people = deps.policy.people
    if name in people:
        return name
    found = named_people(deps, name) or {pid for pid, p in people.items() if name_score(name, p.name) >= NAME_SCORE}
    if len(found) != 1:
        raise ToolException(f"{name!r} names {'no one' if not found else 'several people'} in the approval policy")
    return found.pop()


def list_invoices(deps: ToolDeps, which: Which = "all",
                  vendor: Annotated[str | None, Field(max_length=MAX_TEXT)] = None,
                  over: Annotated[str | None, Field(max_length=32)] = None,
                  days: Annotated[int | None, Field(ge=1, le=366)] = None,
                  due_days: Annotated[int | None, Field(ge=0, le=366)] = None,
                  received_in: ReceivedIn | None = None, due_in: DueIn | None = None,
                  finding: Finding | None = None) -> str:
    """Invoice cases matching all the filters given, newest first, each with its status and what
    blocks it, and what they add up to. Use it for list questions: "which invoices are blocked", "what
    is overdue", "invoices over 10,000", "over budget" (billed above the PO), "from Acme", "what do we still
    owe Acme" (which=owed), "received this week" (days=7), "due this week" (due_days=7), "came in last month"
    (received_in=last_month).

    Args:
        which: owed (posted or still in review; not rejected, expired or a duplicate: payment is the ERP's),
            blocked (a block violation), waiting (for approval), overdue (due date passed, still open),
            over_budget (billed above its PO), posted (approved and posted to the ERP), rejected, or all
        vendor: vendor name, possibly partial or misspelt, where the vendor is (town, street, postal code),
            or a PO number for that PO's supplier
        over: an amount, a band's name (its ceiling), lowest (the lowest band's) or po_required, the total must
            exceed; or a line's unit price must, as "unit 150" ("items at more than 150 each")
        days: received within this many days
        due_days: still open and falling due within this many days from today (0: due today)
        received_in: received in this calendar span (weeks run Monday to Sunday)
        due_in: still open and due in this calendar span
        finding: what the checks found on it: bank (details changed or unverified), new_vendor, price, duplicate
    """
    vendor = _po_supplier(deps, vendor) or vendor  # "from the supplier on PO-2001"
    narrowed = {"days": days, "due_days": due_days, "received_in": received_in, "due_in": due_in, "finding": finding}
    cases = deps.store.list_cases()
    found = select(cases, deps.policy, deps.clock(), which=which, vendor=vendor, over=over, **narrowed,
                   address_of=vendor_address(deps))
    unknown = None
    if vendor and not found and (which != "all" or over or any(narrowed.values())) and not a_vendor(deps, vendor):
        # "informe de Power BI ... las facturas bloqueadas": words taken for a vendor that no vendor is called;
        # the other filters are still asked, and the answer says the name fits no vendor
        unknown, vendor = vendor, None
        found = select(cases, deps.policy, deps.clock(), which=which, over=over, **narrowed)
    return _dump(listed(found, {"which": which, "vendor": vendor, "over": over, **narrowed}, unknown))


def audit_trail(deps: ToolDeps, case: CaseArg) -> str:
    """The hash-chained audit events of one case, oldest first: who did what, when.

    Args:
        case: case id (C-…) or invoice number, e.g. INV-1043 or 1043
    """
    found = find(deps, case)
    events = deps.store.case_events(found.id)
    return _dump({"case_id": found.id, "events": [
        {"seq": e.seq, "at": e.at.isoformat(), "actor": e.actor, "action": e.action,
         "details": {k: v for k, v in e.payload.items() if k in ("proposal_id", "reason", "bill_id", "erp",
                                                                 "violations", "refusals", "filename")}}
        for e in events]})


def lookup_po(deps: ToolDeps, po_number: Annotated[str, Field(max_length=64)]) -> str:
    """A purchase order with its lines, goods received per line, and bills already posted against it.

    Args:
        po_number: purchase order number, e.g. PO-2001; or the vendor or goods of an invoice against it
    """
    erp = deps.erp
    po = erp.get_purchase_order(po_number)
    if po is None:  # "la commande de papier de Meridian de mi-novembre": a customer's order, no PO of ours that date
        refuse_a_customers(deps, po_number, lambda: [v.name for v in erp.list_vendors()],
                           no_po_error(po_number, erp.name))
    if po is None and (m := PO_NUMBER.search(po_number) or re.fullmatch(r"\s*#?\s*(\d{2,})\s*", po_number)):
        # "po#2002", "P.O. 2004", "2002": the ERP's own spellings of that number
        po = next((p for n in (f"PO-{m.group(1)}", m.group(1)) if (p := erp.get_purchase_order(n))), None)
    elif po is None and not DESCRIBED.search(po_number) and (po := po_by_contents(deps, po_number)) is not None:
        pass  # "the mounting-hardware PO", "the PO for 24,000": its own lines, before any invoice's
    elif po is None and not DESCRIBED.search(po_number) and (case := resolve_with_vendors(deps, po_number,
                                                      [c for c in deps.store.list_cases() if field(c, "po_number")])):
        po = erp.get_purchase_order(str(field(case, "po_number")))  # "the Globex PO": the one its invoice names
        # (a description, "the cheaper of our single-line POs", describes the PO: po_named)
    if po is None:
        po = po_named(deps, po_number)
    if po is None:
        raise ToolException(no_po_error(po_number, erp.name))
    vendor = erp.get_vendor(po.vendor_id)
    billed = [b for b in erp.bills_for_vendor(po.vendor_id) if b.po_number == po.number]
    return _dump({
        "po_number": po.number, "status": po.status, "vendor": vendor.name if vendor else po.vendor_id,
        "currency": po.currency, "department": po.department,
        "lines": [{"line": line.line_no, "description": line.description, "ordered": _money(line.quantity),
                   "unit_price": _money(line.unit_price), "received": _money(po.received(line.line_no))}
                  for line in po.lines],
        "bills": [{"bill_id": b.id, "invoice_number": b.invoice_number, "total": _money(b.total)} for b in billed],
    })


def match_vendor(deps: ToolDeps, name: Annotated[str | None, Field(max_length=MAX_TEXT)] = None,
                 tax_id: Annotated[str | None, Field(max_length=32)] = None,
                 iban: Annotated[str | None, Field(max_length=40)] = None) -> str:
    """Find a vendor in the vendor master by tax id, bank account (IBAN) or name, strongest first.

    Args:
        name: vendor name as printed, or a PO number for that PO's supplier
        tax_id: VAT / EIN / other tax id
        iban: bank account (IBAN), "*" and its last digits ("*4300"), or its start and "*" ("NL91*")
    """
    if not (name or tax_id or iban):
        raise ToolException("give a vendor name, tax id or IBAN")
    if name and (supplier := _po_supplier(deps, name)):  # "the supplier on PO-2004"
        on_po = deps.erp.get_vendor(supplier)
        return _dump({"matched": on_po is not None, "method": "purchase_order", "score": None,
                      "vendor": _vendor(on_po) if on_po else None})
    if iban and "*" in (iban[0], iban[-1]) and not (name or tax_id):  # "whose IBAN ends in 4300", "starts NL91"
        part = iban.strip("*").upper()
        ibans = [(v, (v.iban or "").replace(" ", "").upper()) for v in deps.erp.list_vendors()]
        ending = [v for v, number in ibans if (number.endswith(part) and part.isdigit() if iban[0] == "*" else len(
            part) >= 4 and number.startswith(part))]
        return _dump({"matched": len(ending) == 1, "method": "iban", "score": None,
                      "vendor": _vendor(ending[0]) if len(ending) == 1 else None})
    fields = {"vendor_name": name, "vendor_tax_id": tax_id, "vendor_iban": iban}
    invoice = ExtractedInvoice.model_validate({"document": {"sha256": "", "pages": 0},
                                               "fields": {k: {"value": v} for k, v in fields.items()}})
    match = match_vendor_tool(invoice, deps.erp.vendor_lookup())
    if match.vendor is None and name and not (tax_id or iban):  # a partial or misspelt name, as people type
        vendors = deps.erp.list_vendors()
        close = best_by_name(name, vendors, lambda v: v.name)
        # of several, the one on the street said ("the tools supplier at 100 industrial way", not Globex Industrial)
        close = (in_named_place(name, close, lambda v: v.address) or close) if len(close) > 1 else close
        if len(close) == 1:
            vendor, how = _by_name_or_street(name, close[0], vendors)
            return _dump({"matched": True, "method": how, "score": None, "vendor": _vendor(vendor)})
        there, how = [], "address"
        if not close and (m := RANK.search(name)) and m.group(2) == "total":  # "our biggest supplier by spend"
            there, how = vendors_by_spend(deps, vendors, m.group(1)), "spend"
        elif not close and (there := described(name, vendors, invoices_from(deps)) or set_up_by(
                name, vendors, named_people(deps, name))):  # "the vendor we've blocked", "the supplier Sam set up"
            how = "vendor_master"
        elif not close:
            there = in_named_place(name, vendors, lambda v: v.address)
            if not there:  # "the supplier that banks in Belgium": by its IBAN's country
                there, how = banking_in(name, vendors, lambda v: v.iban), "bank_country"
            if not there:  # "our drill supplier": by what its invoices bill
                there, how = vendors_selling(deps, name, vendors), "goods"
        if len(there) == 1:  # "the Munich supplier": the one vendor there
            return _dump({"matched": True, "method": how, "score": None, "vendor": _vendor(there[0])})
    return _dump({"matched": match.vendor is not None, "method": match.method, "score": match.score,
                  "vendor": _vendor(match.vendor) if match.vendor else None})


def _by_name_or_street(name: str, close: Vendor, vendors: list[Vendor]) -> tuple[Vendor, str]:
    """The vendor a name is close to, unless the words it shares with it are the street of the one vendor in the town
    named ("the supplier on industrial way in springfield" is there, not Globex Industrial)."""
    placed = in_named_place(name, vendors, lambda v: v.address)
    if len(placed) == 1 and placed[0] is not close and on_its_street(name, close.name, placed[0].address):
        return placed[0], "address"
    return close, "similar_name"


def explain_variance(deps: ToolDeps, reference: Annotated[str, Field(max_length=64)]) -> str:
    """Line by line, how an invoice differs from its purchase order: ordered vs received vs billed
    quantity, invoiced vs PO unit price, the difference in percent, and the policy tolerance.

    Args:
        reference: PO number, case id or invoice number
    """
    store, erp = deps.store, deps.erp
    case = store.find_case(reference)
    if case is None and erp.get_purchase_order(reference) is None:
        try:  # every way an invoice is named (an id mistyped, a day and a name, ...); else the reference is a PO's
            case = find(deps, reference)
        except Several:
            raise
        except ToolException:
            if TOTAL_OF.fullmatch(reference):  # "total 9999 acme" (the planner's) names an invoice, never a PO
                raise
            case = None
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
        case = latest_case_for_po(store, po.number)
        if case is None:
            raise ToolException(f"no invoice has been received against {po.number} yet")
        invoice = ExtractedInvoice.model_validate(case.extracted)
    report = explain_po_variance(invoice, po, deps.policy)
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


# show_*: the workflow's stored results, shown; named apart from the guarded steps that made them
# (tools/extract_invoice.py, tools/draft_bill.py), which the chat never runs.
def show_extraction(deps: ToolDeps, case: CaseArg) -> str:
    """What was read from a case's invoice document: each field with its confidence, and warnings.

    Args:
        case: case id (C-…) or invoice number, e.g. INV-1043 or 1043
    """
    found = find(deps, case)
    if not found.extracted:
        raise ToolException(f"case {found.id} has no readable document: {found.reason}")
    fields = {k: {"value": _masked(v.get("value")) if k in MASKED_FIELDS else v.get("value"),
                  "confidence": v.get("confidence")}
              for k, v in found.extracted["fields"].items()}
    warnings = [str(w) for w in found.extracted.get("warnings", [])]
    for name in MASKED_FIELDS:  # a warning may quote the value ("IBAN … fails its checksum")
        raw = (found.extracted["fields"].get(name) or {}).get("value")
        if raw:
            warnings = [w.replace(str(raw), _masked(raw) or "") for w in warnings]
    return _dump({"case_id": found.id, "fields": fields, "warnings": warnings})


def show_bill_draft(deps: ToolDeps, case: CaseArg) -> str:
    """The bill drafted for a case (vendor, lines with GL accounts, totals) and its approval status.

    Args:
        case: case id (C-…) or invoice number, e.g. INV-1043 or 1043
    """
    found = find(deps, case)
    proposals = [p for p in deps.store.proposals_for_case(found.id) if p.kind == "post_bill"]
    if not proposals:
        raise ToolException(f"no bill was drafted for case {found.id} ({found.status}: {found.reason})")
    proposal = proposals[-1]
    draft = BillDraft.model_validate(proposal.payload)
    return _dump({"proposal_id": proposal.id, "status": proposal.status, "bill": draft.model_dump(mode="json")})


def sync_order(deps: ToolDeps, opportunity_id: Annotated[str, Field(max_length=32)]) -> str:
    """Propose turning a closed-won CRM opportunity into an ERP invoice. This creates nothing in
    the ERP: it checks the order is ready (PO reference, billing details, tax certificate, prices)
    and, if so, asks the policy's approver to approve. Returns where the order stands.

    Args:
        opportunity_id: CRM opportunity id, e.g. OPP-3001
    """
    case_id = deps.propose_sync_order(opportunity_id, requested_by=deps.user_id)
    return _dump(_report(deps, deps.store.get_case(case_id)))


def deal_status(deps: ToolDeps, deal: Annotated[str, Field(max_length=64)]) -> str:
    """Why a CRM deal (opportunity) has or has not been invoiced, read from the CRM itself: its
    stage, what the CRM says about its invoice and payment, the ERP invoices made from it, the
    sync asked for (and what it waits on), or, when nobody asked yet, whether it is ready and
    what would block it. Use it for "why hasn't deal X been invoiced", "is OPP-3001 invoiced".

    Args:
        deal: the deal's id in the CRM, e.g. OPP-3001 (local, Salesforce), 1001 (HubSpot, Pipedrive)
    """
    crm, erp, today = deps.crm, deps.erp, deps.clock().date()
    try:
        opp = crm.get_opportunity(deal)
    except CRMError as exc:
        raise ToolException(f"the {crm.name} did not answer: {exc}") from None
    if opp is None:  # a deal named rather than numbered: "the Blue Harbor fit-out"
        opp = named_deal(deps, deal, today)
    since = min(opp.close_date or today, today) - timedelta(days=31)
    try:
        invoices = [i for i in erp.invoices(since, today + timedelta(days=1)) if i.opportunity_id == opp.id]
        payments = erp.payments(since, today + timedelta(days=1)) if invoices else []
    except ERPError as exc:
        raise ToolException(f"the {erp.name} did not answer: {exc}") from None
    case = order_case(deps, opp.id)
    result: dict[str, Any] = {
        "deal": opp.id, "name": opp.name, "account": opp.account_name, "crm": crm.name, "erp": erp.name,
        "stage": opp.stage, "closed_won": opp.stage == CLOSED_WON,
        "close_date": opp.close_date.isoformat() if opp.close_date else None, "currency": opp.currency,
        "total": _money(opp.total),
        "crm_says": {"invoice_number": opp.invoice_number, "invoice_status": opp.invoice_status,
                     "payment_status": opp.payment_status},
        "erp_invoices": [{"doc_number": i.doc_number, "total": _money(i.total),
                          "outstanding": _money(outstanding(i, payments)), "due_date": str(i.due_date or "")}
                         for i in invoices],
        "case": _report(deps, case) if case else None,
        "readiness": None,
    }
    if case is None and not invoices and result["closed_won"]:
        facts = gather_order_facts(opp.id, crm, erp, today)
        checked = validate_order(facts, deps.policy) if facts else None
        result["readiness"] = [{"code": v.code, "severity": str(v.severity), "message": v.message}
                               for v in (checked.violations if checked else [])]
    return _dump(result)


TOOLS: tuple[Callable[..., str], ...] = (
    case_status, pending_approvals, list_invoices, audit_trail, lookup_po, match_vendor, explain_variance,
    show_extraction, show_bill_draft, sync_order, deal_status,
)
TOOL_NAMES = tuple(t.__name__ for t in TOOLS)


def build_tools(deps: ToolDeps) -> list[StructuredTool]:
    """The tools for one question, each bound to `deps`."""
    return [to_langchain(func, deps) for func in TOOLS]


def _report(deps: ToolDeps, case) -> dict[str, Any]:
    return stall_report_for(deps.store, deps.policy, deps.clock(), case, deps.erp)


def _po_supplier(deps: ToolDeps, ref: str | None) -> str | None:
    """The vendor id of the purchase order `ref` is the number of; None when it is no PO's number."""
    m = PO_NUMBER.fullmatch(ref.strip()) if ref else None
    po = deps.erp.get_purchase_order(f"PO-{m.group(1)}") if m else None
    if m and po is None:
        raise ToolException(no_po_error(ref, deps.erp.name))
    return po.vendor_id if po else None


def _vendor(v: Vendor) -> dict[str, Any]:
    return {"id": v.id, "name": v.name, "tax_id": _masked(v.tax_id), "iban": _masked(v.iban), "status": v.status,
            "currency": v.currency, "normalized_name": normalize_name(v.name)}


def _masked(value: Any) -> str | None:
    """An account number or tax id with all but its last four characters hidden."""
    return None if value in (None, "") else mask_iban("".join(str(value).split()))


def _money(value) -> str | None:
    return None if value is None else format(value, "f")


def _dump(data: Any) -> str:
    return json.dumps(data, default=str)
