"""sync_order: a closed-won opportunity becomes an ERP invoice only when ready and approved."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from countersign.agent.approvals import decide
from countersign.agent.runner import sync_order
from countersign.app.chat import make_ask
from countersign.domain import CaseStatus, Opportunity, ProposalStatus, SalesInvoiceDraft, SalesLine, Verdict

SALES, AP = "U0SALES001", "U0APMGR01"
YEAR = (date(2026, 1, 1), date(2026, 12, 31))


def erp_invoices_for(services, opportunity_id):
    return [i for i in services.erp.invoices(*YEAR) if i.opportunity_id == opportunity_id]


@pytest.mark.parametrize(("opportunity", "codes"), [
    ("OPP-2990", {"ORDER_ALREADY_INVOICED"}),
    ("OPP-3003", {"ORDER_BILLING_DETAILS_MISSING", "ORDER_PRICE_BELOW_BOOK"}),
    ("OPP-3004", {"ORDER_PO_MISSING"}),
])
def test_orders_that_are_not_ready_stall_with_named_reasons_and_create_nothing(services, opportunity, codes):
    before = len(services.erp.invoices(*YEAR))
    result = sync_order(services, opportunity, requested_by=SALES)
    assert result.status == CaseStatus.BLOCKED
    case = services.store.get_case(result.case_id)
    assert {v.code for v in case.policy_result.violations} == codes
    assert services.store.proposals_for_case(case.id) == []
    assert len(services.erp.invoices(*YEAR)) == before


def test_unknown_opportunity_is_blocked_with_a_reason(services):
    result = sync_order(services, "OPP-0404", requested_by=SALES)
    assert result.status == CaseStatus.BLOCKED and "no opportunity OPP-0404" in result.reason


def test_approved_order_creates_one_erp_invoice_and_writes_back(services):
    result = sync_order(services, "OPP-3001", requested_by=SALES)
    assert result.status == CaseStatus.AWAITING_APPROVAL
    assert erp_invoices_for(services, "OPP-3001") == []  # nothing before a person approves
    [proposal] = services.store.proposals_for_case(result.case_id)
    assert proposal.kind == "sync_order" and proposal.payload["total"] == "5988.75"
    assert proposal.payload["customer_id"] == "CUST-001"  # the golden record, matched by tax id
    outcome = decide(services, proposal.id, approver_id=AP, verdict=Verdict.APPROVE)
    assert outcome.status == ProposalStatus.POSTED
    [invoice] = erp_invoices_for(services, "OPP-3001")
    assert invoice.total == Decimal("5988.75") and invoice.customer_id == "CUST-001"
    assert services.crm.get_opportunity("OPP-3001").invoice_number == invoice.doc_number
    again = sync_order(services, "OPP-3001", requested_by=SALES)
    assert again.duplicate_of == result.case_id
    assert len(erp_invoices_for(services, "OPP-3001")) == 1


def test_requester_cannot_approve_their_own_sync(services):
    result = sync_order(services, "OPP-3002", requested_by=AP)
    [proposal] = services.store.proposals_for_case(result.case_id)
    assert not decide(services, proposal.id, approver_id=AP, verdict=Verdict.APPROVE).applied
    assert erp_invoices_for(services, "OPP-3002") == []


def test_rejected_order_creates_nothing(services):
    result = sync_order(services, "OPP-3002", requested_by=SALES)
    [proposal] = services.store.proposals_for_case(result.case_id)
    decide(services, proposal.id, approver_id=AP, verdict=Verdict.REJECT, reason="customer asked to wait")
    assert services.store.get_case(result.case_id).status == CaseStatus.REJECTED
    assert erp_invoices_for(services, "OPP-3002") == []


def test_new_customer_is_created_once_on_approval(services):
    services.crm.load_seed({
        "accounts": [{"id": "ACC-009", "name": "Fresh Farms Co", "tax_id": "86-0000009", "billing_contact": "Lee",
                      "billing_email": "ap@freshfarms.example", "billing_address": "1 Field Rd"}],
        "opportunities": [{"id": "OPP-4001", "account_id": "ACC-009", "name": "Fresh Farms - drills",
                           "stage": "Closed Won", "close_date": "2026-11-19", "currency": "USD",
                           "lines": [{"product": "Cordless drill 18V", "quantity": "2", "unit_price": "189.00"}]}],
    })
    assert services.erp.find_customer(tax_id="86-0000009") is None
    result = sync_order(services, "OPP-4001", requested_by=SALES)
    [proposal] = services.store.proposals_for_case(result.case_id)
    assert proposal.payload["customer_id"] is None and proposal.payload["customer"]["name"] == "Fresh Farms Co"
    decide(services, proposal.id, approver_id=AP, verdict=Verdict.APPROVE)
    customer = services.erp.find_customer(tax_id="86-0000009")
    assert customer is not None and customer.name == "Fresh Farms Co"
    draft = SalesInvoiceDraft.model_validate(proposal.payload)
    first = services.erp.create_invoice(draft, idempotency_key=proposal.idempotency_key)
    assert first.customer_id == customer.id
    assert len(erp_invoices_for(services, "OPP-4001")) == 1


def test_chat_can_propose_a_sync_but_not_post_it(services):
    answer = make_ask(services)("sync order OPP-3001 to the ERP", user_id=SALES, conversation_id="o1")
    assert "OPP-3001" in answer and "awaiting approval" in answer and "ap_approver" in answer
    assert erp_invoices_for(services, "OPP-3001") == []
    blocked = make_ask(services)("please sync OPP-3003 to the ERP", user_id=SALES, conversation_id="o2")
    assert "blocked" in blocked and "ORDER_BILLING_DETAILS_MISSING" in blocked
    why = make_ask(services)("why did OPP-3003 stall?", user_id=SALES, conversation_id="o3")
    assert "ORDER_PRICE_BELOW_BOOK" in why and "13.33%" in why


def test_opportunity_record_carries_readiness_fields(services):
    opp = services.crm.get_opportunity("OPP-3002")
    assert isinstance(opp, Opportunity) and opp.tax_exempt and opp.tax_exemption_certificate == "CO-EX-2026-0417"
    assert opp.lines == [SalesLine(product="A4 copy paper, box", quantity=Decimal("120"), unit_price=Decimal("45.00"))]


def test_one_turn_with_several_proposals_resumes_each_by_its_own_interrupt(services):
    """Two orders in one message: two cases, two graph threads, two interrupts. Approving one
    resumes only its own thread; the other keeps waiting until its own decision."""
    answer = make_ask(services)("sync orders OPP-3001 and OPP-3002 to the ERP", user_id=SALES, conversation_id="m1")
    assert "OPP-3001" in answer and "OPP-3002" in answer
    first = services.store.find_case("OPP-3001")
    second = services.store.find_case("OPP-3002")
    assert first.id != second.id
    states = {c.id: services.graph.get_state({"configurable": {"thread_id": c.id}}) for c in (first, second)}
    ids = {cid: state.interrupts[0].id for cid, state in states.items()}
    assert len(set(ids.values())) == 2
    [p1] = services.store.proposals_for_case(first.id)
    [p2] = services.store.proposals_for_case(second.id)
    decide(services, p1.id, approver_id=AP, verdict=Verdict.APPROVE)
    assert services.store.get_case(first.id).status == CaseStatus.POSTED
    still = services.graph.get_state({"configurable": {"thread_id": second.id}})
    assert still.interrupts and still.interrupts[0].id == ids[second.id]
    assert services.store.get_case(second.id).status == CaseStatus.AWAITING_APPROVAL
    decide(services, p2.id, approver_id=AP, verdict=Verdict.APPROVE)
    assert services.store.get_case(second.id).status == CaseStatus.POSTED
    assert len(erp_invoices_for(services, "OPP-3001")) == len(erp_invoices_for(services, "OPP-3002")) == 1
