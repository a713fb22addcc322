"""The whole product on each ERP adapter added in issue 18: the LangGraph workflow, the store and
the policy layer over the real adapter and client, talking HTTP to the system's stub seeded with
the packaged ledger. A clean invoice waits for a person, then posts exactly once, even when the
first answer to the bill write is lost; an invoice whose IBAN differs from the vendor master is
blocked (the adapter reads the vendor's bank details, so the rule blocks instead of asking for a
review)."""

from __future__ import annotations

from contextlib import contextmanager

import pytest

from countersign.agent.approvals import decide
from countersign.agent.runner import process_file
from countersign.agent.runtime import RecordingNotifier
from countersign.app.bootstrap import open_services
from countersign.app.demo import seed
from countersign.app.store import bill_identity_resolver
from countersign.domain import CaseStatus, ProposalStatus, Verdict
from tests.conftest import NOW
from tests.test_erp_contract import LEDGER, StaticTokens

AP, CLERK = "U0APMGR01", "U0AP0CLERK"


def _xero():
    from countersign.adapters.xero.client import XeroClient
    from countersign.adapters.xero.erp import XeroERP
    from tests.xero_stub import XeroStub

    stub = XeroStub().start()
    stub.seed_ledger(LEDGER)

    def factory(sessions):
        client = XeroClient(tenant_id=stub.tenant, tokens=StaticTokens(), api_base=stub.api_url,
                            sleep=lambda _s: None, timeout=(5.0, 0.5))
        return XeroERP(client, key_resolver=bill_identity_resolver(sessions))

    return stub, factory, "/Invoices", "PUT", lambda number: [b for b in stub.bills()
                                                              if b.get("InvoiceNumber") == number]


def _netsuite():
    from countersign.adapters.netsuite.client import NetSuiteClient
    from countersign.adapters.netsuite.erp import NetSuiteERP
    from tests.netsuite_stub import NetSuiteStub

    stub = NetSuiteStub().start()
    stub.seed_ledger(LEDGER)

    def factory(sessions):
        client = NetSuiteClient(account_id=stub.realm, base_url=stub.url, tokens=StaticTokens(),
                                sleep=lambda _s: None, timeout=(5.0, 0.5))
        return NetSuiteERP(client, iban_field="custentity_iban", attach_restlet=stub.restlet_url, file_folder="42")

    return stub, factory, "/vendorBill/eid:", "PUT", lambda number: [b for b in stub.all("vendorBill")
                                                                      if b.get("tranId") == number]


def _businesscentral():
    from countersign.adapters.businesscentral.client import BCClient
    from countersign.adapters.businesscentral.erp import BusinessCentralERP
    from tests.bc_stub import BANK_API, BCStub

    stub = BCStub().start()
    stub.seed_ledger(LEDGER)

    def factory(sessions):
        client = BCClient(tenant_id=stub.tenant, environment=stub.environment, company_id=stub.company,
                          tokens=StaticTokens(), api_host=stub.api_url, sleep=lambda _s: None, timeout=(5.0, 0.5))
        return BusinessCentralERP(client, bank_api=BANK_API, key_resolver=bill_identity_resolver(sessions))

    return stub, factory, "/purchaseInvoices", "POST", lambda number: [
        b for b in stub.all("purchaseInvoices") if b.get("vendorInvoiceNumber") == number]


def _intacct():
    from countersign.adapters.intacct.client import IntacctClient
    from countersign.adapters.intacct.erp import IntacctERP
    from tests.intacct_stub import SENDER, IntacctStub

    stub = IntacctStub().start()
    stub.seed_ledger(LEDGER)

    def factory(sessions):
        client = IntacctClient(sender_id=SENDER[0], sender_password=SENDER[1], session=StaticTokens(),
                               endpoint=stub.endpoint, sleep=lambda _s: None, timeout=(5.0, 0.5))
        return IntacctERP(client, iban_field="IBAN", supdoc_folder="countersign")

    return stub, factory, "/create/APBILL", "POST", lambda number: [
        b for b in stub.all("APBILL") if b.get("RECORDID") == number]


SYSTEMS = {"xero": _xero, "netsuite": _netsuite, "businesscentral": _businesscentral, "intacct": _intacct}


@pytest.fixture(params=sorted(SYSTEMS))
def system(request, workspace):
    """On SQLite and on PostgreSQL (`workspace`): PostgreSQL enforces column widths, and ERP ids
    come in every shape (a Xero GUID did not fit cases.vendor_id before migration 0007)."""
    stub, factory, path, method, bills = SYSTEMS[request.param]()
    settings = workspace

    @contextmanager
    def opened():
        with open_services(settings, notifier=RecordingNotifier(), clock=lambda: NOW,
                           erp_factory=factory) as services:
            seed(services)
            yield services

    yield opened, stub, path, method, bills
    stub.stop()


def test_clean_invoice_posts_once_after_approval_even_when_the_answer_is_lost(system, demo_pdfs):
    opened, stub, path, method, bills = system
    with opened() as services:
        result = process_file(services, demo_pdfs["clean"], uploader=CLERK)
        assert result.status == CaseStatus.AWAITING_APPROVAL, services.store.get_case(result.case_id).reason
        [proposal] = services.store.proposals_for_case(result.case_id)
        assert bills("INV-1043") == []  # nothing posts before a person approves
        stub.fail("timeout_after", path=path, method=method)
        outcome = decide(services, proposal.id, approver_id=AP, verdict=Verdict.APPROVE)
        assert outcome.applied and outcome.status == ProposalStatus.POSTED
        assert services.store.get_case(result.case_id).status == CaseStatus.POSTED
    [bill] = bills("INV-1043")
    with opened() as services:  # a restart: the ERP answers the key with the same bill
        assert services.erp.find_bill_by_key(proposal.idempotency_key).id == services.store.get_proposal(
            proposal.id).erp_ref
    assert len(bills("INV-1043")) == 1 and bill is bills("INV-1043")[0]


def test_changed_bank_details_block_the_invoice(system, demo_pdfs):
    opened, _stub, _path, _method, bills = system
    with opened() as services:
        result = process_file(services, demo_pdfs["bank"], uploader=CLERK)
        case = services.store.get_case(result.case_id)
        assert result.status == CaseStatus.BLOCKED
        assert "BANK_DETAILS_CHANGED" in [v.code for v in case.policy_result.violations]
        assert services.store.proposals_for_case(case.id) == []
