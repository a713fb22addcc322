"""The sales flow on every CRM adapter: `sync_order` (checks, approval, one ERP invoice, the CRM
told the invoice number and statuses), payment status written back when the ERP records the
payment, `reconcile`, and "why hasn't this deal been invoiced" answered from the CRM.

The remote CRMs are the real clients over HTTP replayed from their contract cassettes (network
blocked, bodies matched: a write-back with other values than the test expects finds no answer
and fails the test); the ERP is the embedded ledger."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Callable

import pytest

from countersign.agent.approvals import decide
from countersign.agent.runner import sync_order
from countersign.app.chat import make_ask
from countersign.app.worker import crm_pass
from countersign.domain import CaseStatus, Verdict, WriteBackState
from countersign.tools.reconcile import reconcile
from tests.crm_cassettes import FIT_OUT, PAPER
from tests.test_crm_contract import dynamics_crm, hubspot_crm, pipedrive_crm, replay

SALES, AP = "U0SALES001", "U0APMGR01"
NOV = (date(2026, 11, 1), date(2026, 11, 30))
YEAR = (date(2026, 1, 1), date(2026, 12, 31))


def salesforce_crm():
    from simple_salesforce import Salesforce

    from countersign.adapters.salesforce import SalesforceCRM

    return SalesforceCRM(Salesforce(session_id="test-session-not-a-secret",
                                    instance_url="https://acme-test.my.salesforce.com",
                                    parse_float=Decimal, object_pairs_hook=dict))


@dataclass(frozen=True)
class Flow:
    cassette: str
    build: Callable[[], object]
    ready: str  # Blue Harbor's store fit-out: ready to invoice
    blocked: str  # Northshore's paper restock: billing details missing, under the list price


FLOWS = {
    "salesforce": Flow("salesforce/crm_contract.yaml", salesforce_crm, "006A000000fit001", "006A000000paper03"),
    "hubspot": Flow("hubspot/crm_contract.yaml", hubspot_crm, "1001", "1003"),
    "pipedrive": Flow("pipedrive/crm_contract.yaml", pipedrive_crm, "101", "103"),
    "dynamics": Flow("dynamics/crm_contract.yaml", dynamics_crm, FIT_OUT, PAPER),
}


@pytest.fixture(params=sorted(FLOWS))
def flow(request, open_ws):
    spec = FLOWS[request.param]
    with replay(spec.cassette, allow_playback_repeats=True):
        with open_ws(crm_factory=lambda sessions: spec.build()) as services:
            yield services, spec


def _invoices(services, opportunity_id):
    return [i for i in services.erp.invoices(*YEAR) if i.opportunity_id == opportunity_id]


def _approve(services, opportunity_id):
    result = sync_order(services, opportunity_id, requested_by=SALES)
    assert result.status == CaseStatus.AWAITING_APPROVAL, result.reason
    [proposal] = services.store.proposals_for_case(result.case_id)
    decide(services, proposal.id, approver_id=AP, verdict=Verdict.APPROVE)
    return result.case_id, proposal


def test_sync_order_invoices_once_and_writes_invoice_and_payment_status_back(flow):
    services, spec = flow
    blocked = sync_order(services, spec.blocked, requested_by=SALES)
    assert blocked.status == CaseStatus.BLOCKED
    codes = {v.code for v in services.store.get_case(blocked.case_id).policy_result.violations}
    assert {"ORDER_BILLING_DETAILS_MISSING", "ORDER_PRICE_BELOW_BOOK"} <= codes

    case_id, proposal = _approve(services, spec.ready)
    assert Decimal(proposal.payload["total"]) == Decimal("5988.75") and proposal.payload["customer_id"] == "CUST-001"
    assert services.store.get_case(case_id).status == CaseStatus.POSTED
    [invoice] = _invoices(services, spec.ready)
    assert (invoice.doc_number, invoice.total) == ("SI-00003", Decimal("5988.75"))
    told = services.write_backs.get(spec.ready)  # the cassette answered the PATCH of exactly these values
    assert (told.state, told.invoice_number, told.invoice_status, told.payment_status) == (
        WriteBackState.WRITTEN, "SI-00003", "invoiced", "unpaid")

    services.erp.load_seed({"payments": [{"id": "PAY-7001", "invoice_id": invoice.id, "amount": "5988.75",
                                          "received_on": "2026-11-20"}]})
    assert crm_pass(services, refresh_payments=True) == 1
    paid = services.write_backs.get(spec.ready)
    assert (paid.state, paid.payment_status) == (WriteBackState.WRITTEN, "paid")
    assert sync_order(services, spec.ready, requested_by=SALES).duplicate_of == case_id
    assert len(_invoices(services, spec.ready)) == 1


def test_reconcile_compares_the_crm_with_the_erp(flow):
    services, spec = flow
    today = services.clock().date()

    def deltas():
        return {(d.kind, d.opportunity_id): d for d in reconcile(
            services.crm.closed_won(*NOV), services.erp.invoices(NOV[0], today), services.erp.payments(NOV[0], today),
            today)}

    before = deltas()
    assert before[("missing_in_erp", spec.ready)].crm_amount == Decimal("5988.75")
    assert ("missing_in_erp", spec.blocked) in before
    _approve(services, spec.ready)
    after = deltas()
    assert ("missing_in_erp", spec.ready) not in after and ("missing_in_erp", spec.blocked) in after


def test_why_has_this_deal_not_been_invoiced_is_answered_from_the_crm(flow):
    services, spec = flow
    ask = make_ask(services)
    answer = ask(f"why hasn't deal {spec.blocked} been invoiced?", user_id=SALES, conversation_id="d1")
    assert f"Deal {spec.blocked} (Northshore - paper restock, Northshore Logistics)" in answer
    assert "nobody has asked to sync it to the local ledger yet" in answer
    assert "ORDER_BILLING_DETAILS_MISSING" in answer and "ORDER_PRICE_BELOW_BOOK" in answer
    ready = ask(f"why hasn't deal {spec.ready} been invoiced?", user_id=SALES, conversation_id="d2")
    assert f'It is ready: ask me to "sync order {spec.ready}"' in ready
    sync_order(services, spec.blocked, requested_by=SALES)
    asked = ask(f"why isn't deal {spec.blocked} invoiced?", user_id=SALES, conversation_id="d3")
    assert "a sync to the local ledger was asked for" in asked and "is blocked since" in asked
    _approve(services, spec.ready)
    done = ask(f"has deal {spec.ready} been invoiced?", user_id=SALES, conversation_id="d4")
    assert "has been invoiced in the local ledger: SI-00003 for 5988.75" in done  # 5988.750 on Salesforce (25.0 × …)
    assert "outstanding, due 2026-12-20)" in done and "The " in done and "says: invoice" in done
