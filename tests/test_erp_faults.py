"""Exactly once under faults, for each ERP adapter added behind the port (issue 18), each through its
real client over HTTP against its fault-injecting stub (tests/erp_stub.py):

* the same key twice gives one bill, and the system's own idempotency alone (check-before-write
  switched off) gives one bill too where the system has it;
* an answer lost after the bill was written (timeout, dropped connection, 503) still gives one
  bill: the retry carries the same key;
* a process that gave up on a lost answer and restarts finds the bill before writing again;
* 429 waits the Retry-After; throttling, 5xx and timeouts past the attempts are ERPUnavailable
  (the post is deferred), a validation fault is an ERPError with the system's own message and is
  not retried; a 401 refreshes the token once, persists it and retries, a second 401 is an error.

No timed assertions: sleeps are recorded, not slept.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any, Callable

import pytest
from cryptography.fernet import Fernet

from countersign.adapters.tokens import TokenSet
from countersign.app.settings import Settings
from countersign.ports import ERPError, ERPUnavailable
from tests.test_erp_contract import LEDGER, StaticTokens, _draft

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)


@dataclass
class Harness:
    name: str
    stub: Any
    vendor: str  # Acme's id in this system
    make: Callable[..., Any]  # make(sleeps, tokens=None, **client options) -> adapter
    bill_path: str  # how the bill write's path ends (or, ending in ":", what it contains)
    bill_method: str
    bills: Callable[[str], list]  # the system's bills with this invoice number
    write_key: Callable[[Any], str | None]  # the idempotency key a recorded bill write carried
    native_only: Callable[[pytest.MonkeyPatch], None] | None  # switch check-before-write off, if natively idempotent
    settings: Callable[[Any], dict]  # Settings fields for this system at the stub (tmp_path given)
    from_settings: Callable[..., Any]  # (settings, sleep) -> adapter built by the factory
    store: Callable[[Settings], Any]  # the system's token store
    refresh_path: str
    validation_message: str
    read_method: str = "GET"  # how list_vendors asks (SuiteQL is a POST)
    # Systems without idempotency look for the bill after a lost answer: `outage(True)` makes that look
    # fail too (the network broke right after the write), so the process gives up; `outage(False)` heals.
    outage: Callable[[bool], None] | None = None

    def writes(self) -> list:
        return [r for r in self.stub.api_requests(self.bill_path, self.bill_method)
                if r.path.endswith(self.bill_path) or self.bill_path.endswith(":")]


# --------------------------------------------------------------------------- per system


def _xero(tmp_path) -> Harness:
    from countersign.adapters.xero.client import XeroClient
    from countersign.adapters.xero.erp import XeroERP
    from countersign.adapters.xero.factory import xero_erp_from_settings
    from countersign.adapters.xero.oauth import token_store
    from tests.xero_stub import XeroStub

    stub = XeroStub().start()
    vendors = stub.seed_ledger(LEDGER)

    def make(sleeps, tokens=None, **options):
        options.setdefault("timeout", (5.0, 5.0))
        return XeroERP(XeroClient(tenant_id=stub.tenant, tokens=tokens or StaticTokens(), api_base=stub.api_url,
                                  sleep=sleeps.append, jitter=lambda: 0.5, **options))

    def native_only(monkeypatch):
        monkeypatch.setattr(XeroERP, "_bills_of", lambda self, vendor, number=None, statuses=None: [])

    return Harness(
        name="xero", stub=stub, vendor=vendors["V001"], make=make, bill_path="/Invoices", bill_method="PUT",
        bills=lambda number: [b for b in stub.bills() if b.get("InvoiceNumber") == number],
        write_key=lambda r: r.header("Idempotency-Key"), native_only=native_only,
        settings=lambda tmp: {"erp": "xero", "xero_client_id": "stub-client", "xero_client_secret": "stub-secret",
                              "xero_api_url": stub.url, "xero_identity_url": stub.url},
        from_settings=lambda settings, sleep: xero_erp_from_settings(settings, sleep=sleep),
        store=token_store, refresh_path="/connect/token",
        validation_message="Account code '6200' is not a valid code for this document.",
    )


def _netsuite(tmp_path) -> Harness:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    from countersign.adapters.netsuite.auth import token_store
    from countersign.adapters.netsuite.client import NetSuiteClient
    from countersign.adapters.netsuite.erp import NetSuiteERP
    from countersign.adapters.netsuite.factory import netsuite_erp_from_settings
    from tests.netsuite_stub import KID, TOKEN, NetSuiteStub

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = tmp_path / "netsuite-m2m.pem"
    pem.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                      serialization.NoEncryption()))
    stub = NetSuiteStub(public_key=key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)).start()
    vendors = stub.seed_ledger(LEDGER)

    def make(sleeps, tokens=None, **options):
        options.setdefault("timeout", (5.0, 5.0))
        client = NetSuiteClient(account_id=stub.realm, base_url=stub.url, tokens=tokens or StaticTokens(),
                                sleep=sleeps.append, jitter=lambda: 0.5, **options)
        return NetSuiteERP(client, iban_field="custentity_iban", attach_restlet=stub.restlet_url, file_folder="42")

    def native_only(monkeypatch):
        monkeypatch.setattr(NetSuiteERP, "_bill_by_eid", lambda self, key: None)
        monkeypatch.setattr(NetSuiteERP, "_bill_rows", lambda self, where: [])

    return Harness(
        name="netsuite", stub=stub, vendor=vendors["V001"], make=make, bill_path="/vendorBill/eid:", bill_method="PUT",
        bills=lambda number: [b for b in stub.all("vendorBill") if b.get("tranId") == number],
        write_key=lambda r: r.path.rsplit("eid:", 1)[-1], native_only=native_only,
        settings=lambda tmp: {"erp": "netsuite", "netsuite_account_id": stub.realm, "netsuite_base_url": stub.url,
                              "netsuite_client_id": "stub-client", "netsuite_certificate_id": KID,
                              "netsuite_private_key_file": str(pem)},
        from_settings=lambda settings, sleep: netsuite_erp_from_settings(settings, sleep=sleep),
        store=token_store, refresh_path=TOKEN,
        validation_message="Invalid Field Value 6200 for the following field: account", read_method="POST",
    )


def _businesscentral(tmp_path) -> Harness:
    import re

    from countersign.adapters.businesscentral.auth import token_store
    from countersign.adapters.businesscentral.client import BCClient
    from countersign.adapters.businesscentral.erp import BusinessCentralERP
    from countersign.adapters.businesscentral.factory import bc_erp_from_settings
    from tests.bc_stub import BANK_API, TOKEN, BCStub

    stub = BCStub().start()
    vendors = stub.seed_ledger(LEDGER)

    def make(sleeps, tokens=None, **options):
        options.setdefault("timeout", (5.0, 5.0))
        client = BCClient(tenant_id=stub.tenant, environment=stub.environment, company_id=stub.company,
                          tokens=tokens or StaticTokens(), api_host=stub.api_url, sleep=sleeps.append,
                          jitter=lambda: 0.5, **options)
        return BusinessCentralERP(client, bank_api=BANK_API)

    def outage(on: bool) -> None:
        stub.outage_after_write, stub.outage = on, False

    def key_of(request) -> str | None:
        found = re.search(r"countersign key=([^\s\"]+)", request.text)
        return found.group(1) if found else None

    return Harness(
        name="businesscentral", stub=stub, vendor=vendors["V001"], make=make, bill_path="/purchaseInvoices",
        bill_method="POST",
        bills=lambda number: [b for b in stub.all("purchaseInvoices") if b.get("vendorInvoiceNumber") == number],
        write_key=key_of, native_only=None,
        settings=lambda tmp: {"erp": "businesscentral", "bc_tenant_id": stub.tenant, "bc_client_id": stub.client[0],
                              "bc_client_secret": stub.client[1], "bc_company_id": stub.company,
                              "bc_api_url": stub.api_url, "bc_login_url": stub.login_url,
                              "bc_vendor_bank_api": BANK_API},
        from_settings=lambda settings, sleep: bc_erp_from_settings(settings, sleep=sleep),
        store=token_store, refresh_path=TOKEN,
        validation_message="The field No. of table Purchase Line contains a value (6200) that cannot be found",
        outage=outage,
    )


def _intacct(tmp_path) -> Harness:
    from countersign.adapters.intacct.auth import token_store
    from countersign.adapters.intacct.client import IntacctClient
    from countersign.adapters.intacct.erp import IntacctERP
    from countersign.adapters.intacct.factory import intacct_erp_from_settings
    from tests.intacct_stub import LOGIN, SENDER, USER, IntacctStub

    stub = IntacctStub().start()
    vendors = stub.seed_ledger(LEDGER)

    def make(sleeps, tokens=None, **options):
        options.setdefault("timeout", (5.0, 5.0))
        client = IntacctClient(sender_id=SENDER[0], sender_password=SENDER[1], session=tokens or StaticTokens(),
                               endpoint=stub.endpoint, sleep=sleeps.append, jitter=lambda: 0.5, **options)
        return IntacctERP(client, iban_field="IBAN", supdoc_folder="countersign")

    def native_only(monkeypatch):
        monkeypatch.setattr(IntacctERP, "_check_before_write", lambda self, vendor, number, key: None)

    def outage(on: bool) -> None:
        stub.outage_after_write, stub.outage = on, False

    def control_of(request) -> str | None:
        import re

        found = re.search(r"<controlid>([^<]+)</controlid>", request.text)
        return found.group(1) if found else None

    return Harness(
        name="intacct", stub=stub, vendor=vendors["V001"], make=make, bill_path="/create/APBILL", bill_method="POST",
        bills=lambda number: [b for b in stub.all("APBILL") if b.get("RECORDID") == number],
        write_key=control_of, native_only=native_only,
        settings=lambda tmp: {"erp": "intacct", "intacct_sender_id": SENDER[0], "intacct_sender_password": SENDER[1],
                              "intacct_company_id": stub.company, "intacct_user_id": USER[0],
                              "intacct_user_password": USER[1], "intacct_endpoint_url": stub.endpoint,
                              "intacct_vendor_iban_field": "IBAN"},
        from_settings=lambda settings, sleep: intacct_erp_from_settings(settings, sleep=sleep),
        store=token_store, refresh_path=LOGIN,
        validation_message="Invalid GL Account 6200.", read_method="POST", outage=outage,
    )


HARNESSES = {"xero": _xero, "netsuite": _netsuite, "businesscentral": _businesscentral, "intacct": _intacct}


@pytest.fixture(params=sorted(HARNESSES))
def h(request, tmp_path):
    harness = HARNESSES[request.param](tmp_path)
    yield harness
    harness.stub.stop()


@pytest.fixture
def sleeps():
    return []


# --------------------------------------------------------------------------- exactly once


def test_same_key_twice_is_one_bill(h, sleeps):
    erp = h.make(sleeps)
    first = erp.post_bill(_draft(h.vendor), idempotency_key="k-twice", attachment=b"%PDF-1.4 inv")
    second = erp.post_bill(_draft(h.vendor), idempotency_key="k-twice", attachment=b"%PDF-1.4 inv")
    assert first.id == second.id and [b for b in h.bills("INV-7001")] and len(h.bills("INV-7001")) == 1
    assert len(h.writes()) == 1  # the second call found the first bill before writing


def test_the_systems_own_idempotency_alone_gives_one_bill(h, sleeps, monkeypatch):
    if h.native_only is None:
        pytest.skip(f"{h.name} has no idempotency of its own: check-before-write is all there is")
    h.native_only(monkeypatch)
    erp = h.make(sleeps)
    first = erp.post_bill(_draft(h.vendor), idempotency_key="k-native")
    second = erp.post_bill(_draft(h.vendor), idempotency_key="k-native")
    assert first.id == second.id and len(h.bills("INV-7001")) == 1
    assert len(h.writes()) == 2 and {h.write_key(w) for w in h.writes()} == {h.write_key(h.writes()[0])}


@pytest.mark.parametrize("fault", ["timeout_after", "drop_after", "500_after"])
def test_lost_answer_after_the_bill_was_written_is_still_one_bill(h, sleeps, fault):
    erp = h.make(sleeps, timeout=(5.0, 0.5))
    h.stub.fail(fault, path=h.bill_path, method=h.bill_method)
    bill = erp.post_bill(_draft(h.vendor), idempotency_key="k-lost")
    assert [h.bills("INV-7001")[0] is not None] and len(h.bills("INV-7001")) == 1
    assert bill.invoice_number == "INV-7001" and bill.idempotency_key == "k-lost"
    keys = {h.write_key(w) for w in h.writes()}
    assert len(keys) == 1 and None not in keys  # every attempt carried the same key


def test_restart_after_a_lost_answer_finds_the_bill_before_writing(h, sleeps):
    erp = h.make(sleeps, timeout=(5.0, 0.5), max_attempts=1)
    h.stub.fail("timeout_after", path=h.bill_path, method=h.bill_method)
    if h.outage:
        h.outage(True)
    with pytest.raises(ERPUnavailable, match="same idempotency key"):
        erp.post_bill(_draft(h.vendor), idempotency_key="k-restart")
    if h.outage:
        h.outage(False)
    writes = len(h.writes())
    again = h.make(sleeps).post_bill(_draft(h.vendor), idempotency_key="k-restart")
    assert len(h.bills("INV-7001")) == 1 and again.idempotency_key == "k-restart"
    assert len(h.writes()) == writes  # found before writing: no second write


# --------------------------------------------------------------------------- faults


def test_429_waits_the_retry_after(h, sleeps):
    erp = h.make(sleeps)
    h.stub.fail("429", path=h.bill_path, method=h.bill_method, times=2)
    bill = erp.post_bill(_draft(h.vendor), idempotency_key="k-429")
    assert sleeps == [1.0, 1.0] and len(h.bills("INV-7001")) == 1 and bill.invoice_number == "INV-7001"
    assert [w.status for w in h.writes()][:2] == [429, 429]


@pytest.mark.parametrize("fault,words", [("429", "throttled"), ("500", "HTTP 500 3 times")])
def test_no_useful_answer_past_the_retries_is_unavailable(h, sleeps, fault, words):
    erp = h.make(sleeps, max_attempts=3)
    h.stub.fail(fault, path=h.bill_path, method=h.bill_method, times=5)
    with pytest.raises(ERPUnavailable, match=words):
        erp.post_bill(_draft(h.vendor), idempotency_key="k-down")
    assert len(h.writes()) == 3 and h.bills("INV-7001") == []


def test_5xx_before_processing_is_retried_with_the_same_key(h, sleeps):
    erp = h.make(sleeps)
    h.stub.fail("500", path=h.bill_path, method=h.bill_method)
    erp.post_bill(_draft(h.vendor), idempotency_key="k-500")
    assert [w.status for w in h.writes()][0] == 500 and len(h.bills("INV-7001")) == 1
    assert sleeps == [0.75]  # equal jitter: half the 1 s ceiling plus half of jitter 0.5
    assert len({h.write_key(w) for w in h.writes()}) == 1


def test_a_validation_fault_is_a_refusal_with_the_systems_message(h, sleeps):
    erp = h.make(sleeps)
    h.stub.fail("validation", path=h.bill_path, method=h.bill_method, message=h.validation_message)
    with pytest.raises(ERPError) as caught:
        erp.post_bill(_draft(h.vendor), idempotency_key="k-invalid")
    assert not isinstance(caught.value, ERPUnavailable)
    assert h.validation_message in str(caught.value)
    assert len(h.writes()) == 1 and h.bills("INV-7001") == []  # not retried


# --------------------------------------------------------------------------- 401 → refresh once


def _settings(h, tmp_path) -> Settings:
    settings = Settings(data_dir=tmp_path, token_key=Fernet.generate_key().decode(), _env_file=None,
                        **h.settings(tmp_path))
    h.store(settings).save(TokenSet(realm_id=getattr(h.stub, "realm", None) or getattr(h.stub, "tenant", ""),
                                    access_token="stub-access-0", refresh_token="stub-refresh-0",
                                    access_expires_at=NOW + timedelta(days=3650), updated_at=NOW))
    return settings


def test_401_refreshes_once_persists_and_retries(h, sleeps, tmp_path):
    settings = _settings(h, tmp_path)
    erp = h.from_settings(settings, sleeps.append)
    h.stub.expire_access_tokens()
    assert any(v.name == "Acme Tools Ltd" for v in erp.list_vendors())
    assert len([r for r in h.stub.requests if r.path == h.refresh_path]) == 1
    stored = h.store(settings).load()
    assert stored.access_token == "stub-access-1" and stored.refresh_token in ("stub-refresh-1", "stub-refresh-0")


def test_401_twice_is_an_error_after_a_single_refresh(h, sleeps, tmp_path):
    settings = _settings(h, tmp_path)
    erp = h.from_settings(settings, sleeps.append)
    h.stub.fail("401", path="", method=h.read_method, times=5)
    with pytest.raises(ERPError, match="authorization failed") as caught:
        erp.list_vendors()
    assert not isinstance(caught.value, ERPUnavailable)
    assert len([r for r in h.stub.requests if r.path == h.refresh_path]) == 1
