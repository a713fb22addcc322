"""sync_order: turn a closed-won CRM opportunity into a proposed ERP invoice. Changes nothing.

`gather_order_facts` reads what the ready-for-ERP rules look at (the opportunity with its
account's billing details, the price book, the ERP customer it matches, an invoice already made
from it); `order_proposal` drafts the `sync_order` proposal. The invoice is created in the ERP
only after a person approves the proposal, by the workflow's post step.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from countersign.domain import (
    Customer,
    Opportunity,
    OrderFacts,
    PolicyResult,
    Proposal,
    ProposalStatus,
    SalesInvoiceDraft,
    canonical_json,
    proposal_id,
    sha256_hex,
)
from countersign.ports import CRMReader, ERPReader

PAYMENT_TERMS_DAYS = 30


def gather_order_facts(opportunity_id: str, crm: CRMReader, erp: ERPReader, today: date) -> OrderFacts | None:
    """What the policy layer may look at before the order becomes an invoice; None when the CRM
    has no such opportunity."""
    opportunity = crm.get_opportunity(opportunity_id)
    if opportunity is None:
        return None
    customer = erp.find_customer(tax_id=opportunity.tax_id, name=opportunity.account_name)
    existing = next((i.doc_number for i in erp.invoices(opportunity.close_date or today, today + timedelta(days=1))
                     if i.opportunity_id == opportunity.id), None)
    return OrderFacts(opportunity=opportunity, price_book=crm.price_book(opportunity.currency),
                      customer=customer, existing_invoice=existing, today=today)


def order_idempotency_key(opportunity_id: str) -> str:
    """One opportunity, one invoice: the key depends on nothing else."""
    return sha256_hex(canonical_json({"kind": "sync_order", "opportunity": opportunity_id}))[:32]


def order_proposal(case_id: str, opportunity: Opportunity, customer: Customer | None, policy_result: PolicyResult,
                   *, now: datetime, expiry_hours: int, run: int = 0) -> Proposal:
    """The `sync_order` proposal: the invoice for the matched customer, or a new customer from the
    opportunity's billing details when none matched."""
    today = now.date()
    draft = SalesInvoiceDraft(
        customer_id=customer.id if customer else None,
        customer=None if customer else Customer(id="", name=opportunity.account_name, tax_id=opportunity.tax_id,
                                                billing_email=opportunity.billing_email,
                                                billing_address=opportunity.billing_address,
                                                tax_exempt=opportunity.tax_exempt),
        opportunity_id=opportunity.id, currency=opportunity.currency, lines=opportunity.lines,
        po_reference=opportunity.po_reference, invoice_date=today,
        due_date=today + timedelta(days=PAYMENT_TERMS_DAYS),
    )
    key = order_idempotency_key(opportunity.id)
    return Proposal(
        id=proposal_id(key, case_id, run), case_id=case_id, kind="sync_order",
        payload={**draft.model_dump(mode="json"), "total": format(draft.total, "f")},
        policy_result=policy_result, idempotency_key=key, status=ProposalStatus.AWAITING_APPROVAL,
        created_at=now, expires_at=now + timedelta(hours=expiry_hours),
    )
