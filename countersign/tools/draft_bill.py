"""draft_bill: turn a read invoice plus its vendor and PO into a bill proposal payload.

Pure: it changes nothing anywhere. Posting happens only after a human approves the proposal.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from countersign.domain import (
    BillDraft,
    BillLine,
    ExtractedInvoice,
    PolicyResult,
    Proposal,
    ProposalStatus,
    PurchaseOrder,
    Vendor,
    canonical_json,
    match_po_lines,
    normalize_invoice_number,
    proposal_id,
    sha256_hex,
)
from countersign.policies.rules.gl import LineAccount
from countersign.policies.schema import ERPMapping


def draft_bill(invoice: ExtractedInvoice, vendor: Vendor, po: PurchaseOrder | None,
               accounts: list[LineAccount] | None = None, mapping: ERPMapping | None = None) -> BillDraft:
    """Bill lines from the invoice, coded with the accounts the policy layer checked (`accounts`,
    from `line_accounts`); without them, the PO line's account or the vendor's default. An invoice
    whose lines could not be read becomes one line for its net amount. An invoice without a total
    is never drafted (validation blocks it first)."""
    total = invoice.money("total")
    if total is None:
        raise ValueError("an invoice without a total cannot be drafted as a bill")
    coded = {a.index: a.account for a in accounts or []}
    matches = match_po_lines(invoice.line_items, po.lines if po else [])
    lines = [
        BillLine(
            description=m.line.description,
            quantity=m.line.quantity,
            unit_price=m.line.unit_price,
            amount=(m.line.amount if m.line.amount is not None
                    else (m.line.quantity or Decimal(0)) * (m.line.unit_price or Decimal(0))),
            account=coded.get(m.index) or (m.po_line.account if m.po_line and m.po_line.account
                                          else vendor.default_account),
            po_line_no=m.po_line.line_no if m.po_line else None,
        )
        for m in matches
    ]
    if not lines:
        net = invoice.money("subtotal") or total - (invoice.money("tax") or 0)
        lines = [BillLine(description=f"Invoice {invoice.value('invoice_number') or ''}".strip(), amount=net,
                          account=coded.get(0) or vendor.default_account)]
    return BillDraft(
        vendor_id=vendor.id,
        vendor_name=vendor.name,
        invoice_number=invoice.value("invoice_number") or "",
        invoice_date=invoice.day("invoice_date"),
        due_date=invoice.day("due_date"),
        currency=invoice.value("currency") or vendor.currency,
        po_number=po.number if po else None,
        lines=lines,
        subtotal=invoice.money("subtotal"),
        tax=invoice.money("tax"),
        total=total,
        attachment_sha256=invoice.document.sha256,
        erp_department=mapping.departments.get(po.department) if mapping and po and po.department else None,
        erp_class=mapping.cost_centers.get(po.cost_center) if mapping and po and po.cost_center else None,
    )


def bill_idempotency_key(draft: BillDraft) -> str:
    """Same vendor, invoice number, total and currency → same key, however often it is drafted."""
    basis = {
        "kind": "post_bill",
        "vendor_id": draft.vendor_id,
        "invoice_number": normalize_invoice_number(draft.invoice_number),
        "total": draft.total,
        "currency": draft.currency,
    }
    return sha256_hex(canonical_json(basis))[:32]


def bill_proposal(
    case_id: str, draft: BillDraft, policy_result: PolicyResult, *, now: datetime, expiry_hours: int, run: int = 0
) -> Proposal:
    key = bill_idempotency_key(draft)
    return Proposal(
        id=proposal_id(key, case_id, run),
        case_id=case_id,
        kind="post_bill",
        payload=draft.model_dump(mode="json"),
        policy_result=policy_result,
        idempotency_key=key,
        status=ProposalStatus.AWAITING_APPROVAL,
        created_at=now,
        expires_at=now + timedelta(hours=expiry_hours),
    )
