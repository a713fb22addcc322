"""One contract for the ERP port, run against every adapter: the embedded LocalLedger (migrated
SQLite, demo seed), QuickBooksERP (the real python-quickbooks client against the local QBO stub
seeded with the same data), XeroERP (xero-python against the Xero stub), NetSuiteERP (its
REST client against the NetSuite stub), BusinessCentralERP (its API v2.0 client against the
Business Central stub) and IntacctERP (its XML client against the Sage Intacct stub). Adapter ids differ
(V001 vs a QuickBooks number vs a Xero GUID), so tests find records by name or number, never by a
hard-coded id."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from importlib import resources
from typing import Callable

import pytest
import yaml

from countersign.adapters.businesscentral.client import BCClient
from countersign.adapters.businesscentral.erp import BusinessCentralERP
from countersign.adapters.intacct.client import IntacctClient
from countersign.adapters.intacct.erp import IntacctERP
from countersign.adapters.local_ledger import LocalLedger
from countersign.adapters.netsuite.client import NetSuiteClient
from countersign.adapters.netsuite.erp import NetSuiteERP
from countersign.adapters.quickbooks.client import QBOClient
from countersign.adapters.quickbooks.erp import QuickBooksERP
from countersign.adapters.xero.client import XeroClient
from countersign.adapters.xero.erp import XeroERP
from countersign.app.db import make_engine, migrate, session_factory
from countersign.domain import BillDraft, BillLine, Customer, SalesInvoiceDraft, SalesLine, VendorStatus
from countersign.ports import ERP, ERPError
from tests.bc_stub import BANK_API, BCStub
from tests.intacct_stub import SENDER, IntacctStub
from tests.netsuite_stub import NetSuiteStub
from tests.qbo_stub import QBOStub
from tests.xero_stub import XeroStub

LEDGER = yaml.safe_load((resources.files("countersign") / "data" / "ledger.yaml").read_text())
RECEIVABLES = ("find_customer", "create_invoice", "invoices", "payments")


class StaticTokens:
    access_token = "stub-access-0"

    def refresh(self) -> str:  # the contract never sees a 401
        raise AssertionError("unexpected refresh")


@dataclass
class Env:
    kind: str
    erp: ERP
    make: Callable[[], ERP]  # a fresh adapter on the same books: what a restart after a crash builds


def quickbooks_adapter(stub: QBOStub, **client_options) -> QuickBooksERP:
    options = {"sleep": lambda _s: None, **client_options}
    return QuickBooksERP(QBOClient(company_id=stub.realm, tokens=StaticTokens(), base_url=stub.base_url, **options))


def xero_adapter(stub: XeroStub, **client_options) -> XeroERP:
    options = {"sleep": lambda _s: None, **client_options}
    return XeroERP(XeroClient(tenant_id=stub.tenant, tokens=StaticTokens(), api_base=stub.api_url, **options))


def netsuite_adapter(stub: NetSuiteStub, **client_options) -> NetSuiteERP:
    options = {"sleep": lambda _s: None, **client_options}
    return NetSuiteERP(NetSuiteClient(account_id=stub.realm, base_url=stub.url, tokens=StaticTokens(), **options),
                       iban_field="custentity_iban", attach_restlet=stub.restlet_url, file_folder="42")


def bc_adapter(stub: BCStub, **client_options) -> BusinessCentralERP:
    options = {"sleep": lambda _s: None, **client_options}
    return BusinessCentralERP(BCClient(tenant_id=stub.tenant, environment=stub.environment, company_id=stub.company,
                                       tokens=StaticTokens(), api_host=stub.api_url, **options), bank_api=BANK_API)


def intacct_adapter(stub: IntacctStub, **client_options) -> IntacctERP:
    options = {"sleep": lambda _s: None, **client_options}
    return IntacctERP(IntacctClient(sender_id=SENDER[0], sender_password=SENDER[1], session=StaticTokens(),
                                    endpoint=stub.endpoint, **options), iban_field="IBAN", supdoc_folder="countersign",
                      revenue_account="4000")


def _stub_env(kind: str, stub, make: Callable[[], ERP]):
    stub.start()
    stub.seed_ledger(LEDGER)
    try:
        yield Env(kind, make(), make)
    finally:
        stub.stop()


@pytest.fixture(params=["local", "quickbooks", "xero", "netsuite", "businesscentral", "intacct"])
def env(request, tmp_path):
    if request.param == "local":
        engine = make_engine(f"sqlite:///{tmp_path / 'ledger.db'}")
        migrate(engine)
        sessions = session_factory(engine)
        LocalLedger(sessions).load_seed(LEDGER)
        yield Env("local", LocalLedger(sessions), lambda: LocalLedger(sessions))
        engine.dispose()
    elif request.param == "quickbooks":
        stub = QBOStub().start()
        stub.seed_ledger(LEDGER)
        yield Env("quickbooks", quickbooks_adapter(stub), lambda: quickbooks_adapter(stub))
        stub.stop()
    elif request.param == "xero":
        stub = XeroStub()
        yield from _stub_env("xero", stub, lambda: xero_adapter(stub))
    elif request.param == "netsuite":
        stub = NetSuiteStub()
        yield from _stub_env("netsuite", stub, lambda: netsuite_adapter(stub))
    elif request.param == "businesscentral":
        bc = BCStub()
        yield from _stub_env("businesscentral", bc, lambda: bc_adapter(bc))
    else:
        intacct = IntacctStub()
        yield from _stub_env("intacct", intacct, lambda: intacct_adapter(intacct))


def _vendor_id(erp: ERP, name: str) -> str:
    return next(v.id for v in erp.list_vendors() if v.name == name)


def _draft(vendor_id: str, number: str = "INV-7001", **kw) -> BillDraft:
    lines = kw.pop("lines", None) or [
        BillLine(description="Cordless drill 18V", quantity=Decimal("10"), unit_price=Decimal("129.00"),
                 amount=Decimal("1290.00"), account="6200", po_line_no=1),
        BillLine(description="Drill bit set", quantity=Decimal("10"), unit_price=Decimal("24.50"),
                 amount=Decimal("245.00"), account="6200", po_line_no=2),
    ]
    return BillDraft(vendor_id=vendor_id, vendor_name="Acme Tools Ltd", invoice_number=number,
                     invoice_date=date(2026, 11, 14), due_date=date(2026, 12, 14), currency="USD",
                     po_number=kw.pop("po_number", "PO-2001"), lines=lines, total=kw.pop("total", Decimal("1535.00")),
                     attachment_sha256="a" * 64, **kw)


def _skip_without_receivables(erp: ERP) -> None:
    if not all(hasattr(erp, name) for name in RECEIVABLES):
        pytest.skip(f"{type(erp).__name__} has no receivables methods yet")


# --------------------------------------------------------------------------- reads


def test_vendors_and_accounts(env):
    vendors = {v.name: v for v in env.erp.list_vendors()}
    assert {"Acme Tools Ltd", "Northwind Office Supplies Inc", "Globex Industrial GmbH",
            "Initech Consulting LLC", "Soylent Foods Corp"} <= set(vendors)
    assert vendors["Acme Tools Ltd"].status == VendorStatus.ACTIVE
    assert vendors["Soylent Foods Corp"].status != VendorStatus.ACTIVE  # blocked / inactive: still listed
    acme = env.erp.get_vendor(vendors["Acme Tools Ltd"].id)
    assert acme is not None and acme.name == "Acme Tools Ltd" and acme.currency == "USD"
    assert env.erp.get_vendor("999999") is None

    accounts = {a.code: a for a in env.erp.list_accounts()}
    assert accounts["6200"].name == "Tools and equipment" and accounts["6200"].active
    assert accounts["6900"].active is False


def test_purchase_order(env):
    po = env.erp.get_purchase_order("PO-2001")
    assert po is not None and po.number == "PO-2001" and po.status == "open"
    assert po.vendor_id == _vendor_id(env.erp, "Acme Tools Ltd")
    assert [(line.line_no, line.quantity, line.unit_price, line.account) for line in po.lines] == [
        (1, Decimal("10"), Decimal("129.00"), "6200"),
        (2, Decimal("10"), Decimal("24.50"), "6200"),
    ]
    assert all(isinstance(line.unit_price, Decimal) for line in po.lines)
    assert env.erp.get_purchase_order("PO-9999") is None


def test_bills_for_vendor(env):
    bills = env.erp.bills_for_vendor(_vendor_id(env.erp, "Acme Tools Ltd"))
    seeded = [b for b in bills if b.invoice_number == "INV-1001"]
    assert len(seeded) == 1 and seeded[0].total == Decimal("1296.00") and isinstance(seeded[0].total, Decimal)
    assert env.erp.bills_for_vendor("999999") == []


# --------------------------------------------------------------------------- exactly once


def test_post_bill_exactly_once_per_key(env):
    acme = _vendor_id(env.erp, "Acme Tools Ltd")
    before = len(env.erp.bills_for_vendor(acme))
    bill = env.erp.post_bill(_draft(acme), idempotency_key="k-contract-1", attachment=b"%PDF-1.4 contract")
    again = env.erp.post_bill(_draft(acme), idempotency_key="k-contract-1", attachment=b"%PDF-1.4 contract")
    assert again.id == bill.id
    assert bill.vendor_id == acme and bill.invoice_number == "INV-7001" and bill.total == Decimal("1535.00")
    assert bill.idempotency_key == "k-contract-1"
    assert len(env.erp.bills_for_vendor(acme)) == before + 1
    found = env.erp.find_bill_by_key("k-contract-1")
    assert found is not None and found.id == bill.id
    assert env.erp.find_bill_by_key("k-never-used") is None


def test_same_key_after_a_crash_is_still_one_bill(env):
    acme = _vendor_id(env.erp, "Acme Tools Ltd")
    before = len(env.erp.bills_for_vendor(acme))
    first = env.erp.post_bill(_draft(acme, "INV-7002"), idempotency_key="k-contract-crash")
    restarted = env.make()  # nothing in memory survives: only the books and the key
    assert restarted.find_bill_by_key("k-contract-crash").id == first.id
    assert restarted.post_bill(_draft(acme, "INV-7002"), idempotency_key="k-contract-crash").id == first.id
    assert len(restarted.bills_for_vendor(acme)) == before + 1


def test_same_invoice_number_under_another_key_is_refused(env):
    acme = _vendor_id(env.erp, "Acme Tools Ltd")
    before = len(env.erp.bills_for_vendor(acme))
    draft = _draft(acme, "INV-1001", po_number=None, total=Decimal("1296.00"),
                   lines=[BillLine(description="Tools", amount=Decimal("1296.00"), account="6200")])
    with pytest.raises(ERPError):
        env.erp.post_bill(draft, idempotency_key="k-contract-dup")
    assert len(env.erp.bills_for_vendor(acme)) == before


def test_unknown_vendor_is_an_erp_error(env):
    with pytest.raises(ERPError):
        env.erp.post_bill(_draft("999999", po_number=None,
                                 lines=[BillLine(description="x", amount=Decimal("1535.00"), account="6200")]),
                          idempotency_key="k-contract-novendor")
    assert env.erp.find_bill_by_key("k-contract-novendor") is None


# --------------------------------------------------------------------------- receivables


def test_find_customer_by_tax_id_then_name(env):
    _skip_without_receivables(env.erp)
    by_tax = env.erp.find_customer(tax_id="83 1122334")
    assert by_tax is not None and by_tax.name == "Blue Harbor Retail"
    by_name = env.erp.find_customer(name="meridian health partners")
    assert by_name is not None and by_name.tax_exempt is True
    assert env.erp.find_customer(tax_id="00-0000000", name="Nobody At All") is None


def test_create_invoice_exactly_once_with_a_new_customer(env):
    _skip_without_receivables(env.erp)
    draft = SalesInvoiceDraft(
        customer=Customer(id="", name="Wayne Enterprises", tax_id="11-2223333", billing_email="ap@wayne.example",
                          billing_address="1007 Mountain Drive, Gotham"),
        opportunity_id="OPP-3001", currency="USD", invoice_date=date(2026, 11, 18), due_date=date(2026, 12, 18),
        lines=[SalesLine(product="Annual support plan", quantity=Decimal("1"), unit_price=Decimal("4800.00"))],
    )
    invoice = env.erp.create_invoice(draft, idempotency_key="k-inv-1")
    assert invoice.total == Decimal("4800.00") and invoice.balance == Decimal("4800.00")
    assert env.erp.create_invoice(draft, idempotency_key="k-inv-1").id == invoice.id
    assert env.make().create_invoice(draft, idempotency_key="k-inv-1").id == invoice.id  # after a restart too
    customer = env.erp.find_customer(tax_id="11-2223333")
    assert customer is not None and customer.id == invoice.customer_id
    in_range = [i for i in env.erp.invoices(date(2026, 11, 1), date(2026, 11, 30)) if i.customer_id == customer.id]
    assert [i.id for i in in_range] == [invoice.id]


def test_invoices_and_payments_in_a_range(env):
    _skip_without_receivables(env.erp)
    october = env.erp.invoices(date(2026, 10, 1), date(2026, 10, 31))
    by_number = {i.doc_number: i for i in october}
    assert set(by_number) == {"SI-00001", "SI-00002"}
    assert by_number["SI-00002"].total == Decimal("1795.50") and by_number["SI-00001"].balance == Decimal("0")
    payments = env.erp.payments(date(2026, 10, 1), date(2026, 10, 31))
    assert [(p.invoice_id, p.amount, p.received_on) for p in payments] == [
        (by_number["SI-00001"].id, Decimal("4800.00"), date(2026, 10, 28))]
    assert env.erp.payments(date(2026, 9, 1), date(2026, 9, 30)) == []
