"""QuickBooksERP and QBOClient against the fault-injecting QBO stub: request ids, retries, throttling,
token refresh, validation faults and query sanitising. No timed assertions: sleeps are recorded, not slept."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest
from cryptography.fernet import Fernet

from countersign.adapters.quickbooks.client import QBOClient, QBOError, _RealmGate
from countersign.adapters.quickbooks.erp import QuickBooksERP
from countersign.adapters.quickbooks.factory import quickbooks_erp_from_settings
from countersign.adapters.quickbooks.oauth import QBOTokens, token_store_from_settings
from countersign.adapters.quickbooks.query import quote, request_id
from countersign.adapters.quickbooks.tokens import TokenSet
from countersign.app.settings import Settings
from countersign.ports import ERPError, ERPUnavailable
from tests.qbo_stub import QBOStub
from tests.test_erp_contract import LEDGER, StaticTokens, _draft

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)


@pytest.fixture
def stub():
    s = QBOStub().start()
    s.vendor_ids = s.seed_ledger(LEDGER)
    yield s
    s.stop()


@pytest.fixture
def sleeps():
    return []


def make_erp(stub, sleeps, tokens=None, **options) -> QuickBooksERP:
    options.setdefault("timeout", (5.0, 5.0))
    client = QBOClient(company_id=stub.realm, tokens=tokens or StaticTokens(), base_url=stub.base_url,
                       sleep=sleeps.append, jitter=lambda: 0.5, **options)
    return QuickBooksERP(client)


def bill_posts(stub):
    return stub.api_requests("/bill", "POST")


def test_request_id_is_derived_from_the_key_and_short_enough():
    assert request_id("bill", "0123456789abcdef0123456789abcdef") == "cs-bill-0123456789abcdef0123456789abcdef"
    long = request_id("bill", "k" * 64)
    assert len(long) <= 50 and long == request_id("bill", "k" * 64) and long != request_id("att", "k" * 64)
    assert len(request_id("bill", "odd key/with spaces")) <= 50


def test_same_request_id_twice_creates_one_bill(stub, sleeps, monkeypatch):
    erp = make_erp(stub, sleeps)
    acme = stub.vendor_ids["V001"]
    # Take the check-before-write away, so only QuickBooks' requestid stands between us and a second bill.
    monkeypatch.setattr(QuickBooksERP, "_bills_numbered", lambda self, v, d: [])
    first = erp.post_bill(_draft(acme), idempotency_key="k-rid")
    second = erp.post_bill(_draft(acme), idempotency_key="k-rid")
    assert first.id == second.id
    assert [b["DocNumber"] for b in stub.all("Bill")].count("INV-7001") == 1
    assert {r.params["requestid"] for r in bill_posts(stub)} == {"cs-bill-k-rid"}
    assert len(bill_posts(stub)) == 2


@pytest.mark.parametrize("fault", ["timeout_after", "drop_after", "500_after"])
def test_lost_answer_after_the_bill_was_created_is_still_one_bill(stub, sleeps, fault):
    erp = make_erp(stub, sleeps, timeout=(5.0, 0.5))
    stub.fail(fault, path="/bill")
    bill = erp.post_bill(_draft(stub.vendor_ids["V001"]), idempotency_key="k-lost")
    assert [b["Id"] for b in stub.all("Bill") if b["DocNumber"] == "INV-7001"] == [bill.id]
    posts = bill_posts(stub)
    assert len(posts) == 2 and {p.params["requestid"] for p in posts} == {"cs-bill-k-lost"}
    assert len(sleeps) == 1  # one backoff between the two attempts


def test_restart_after_a_lost_answer_finds_the_bill_before_writing(stub, sleeps):
    erp = make_erp(stub, sleeps, timeout=(5.0, 0.5), max_attempts=1)
    stub.fail("timeout_after", path="/bill")
    with pytest.raises(ERPError, match="same request id"):
        erp.post_bill(_draft(stub.vendor_ids["V001"]), idempotency_key="k-restart")
    stub.by_request_id.clear()  # Intuit forgot the request id (it keeps them for a while only)
    again = make_erp(stub, sleeps).post_bill(_draft(stub.vendor_ids["V001"]), idempotency_key="k-restart")
    assert [b["Id"] for b in stub.all("Bill") if b["DocNumber"] == "INV-7001"] == [again.id]
    assert len(bill_posts(stub)) == 1  # the check-before-write found it: no second create


def test_429_is_retried_with_backoff(stub, sleeps):
    erp = make_erp(stub, sleeps)
    stub.fail("429", path="/query", times=2)
    assert any(v.name == "Acme Tools Ltd" for v in erp.list_vendors())
    assert sleeps == [1.0, 1.0]  # QuickBooks' Retry-After
    assert [r.status for r in stub.api_requests("/query")][:3] == [429, 429, 200]


def test_throttling_gives_up_after_the_capped_attempts(stub, sleeps):
    erp = make_erp(stub, sleeps, max_attempts=3)
    stub.fail("429", path="/query", times=10)
    with pytest.raises(ERPError, match="throttled"):
        erp.list_vendors()
    assert len(stub.api_requests("/query")) == 3


@pytest.mark.parametrize("fault,path,attempts,words", [
    ("500", "/bill", 3, "HTTP 500 3 times: An application error"),
    ("429", "/query", 3, "throttled"),
    ("timeout_after", "/bill", 1, "no answer after 1 attempts"),  # a retry would get the first answer back
])
def test_no_useful_answer_past_the_retries_is_unavailable_not_a_refusal(stub, sleeps, fault, path, attempts, words):
    """The post node fails a case only on a refusal; an ERP that never answered is tried again later."""
    erp = make_erp(stub, sleeps, timeout=(5.0, 0.5), max_attempts=attempts)
    stub.fail(fault, path=path, times=3)
    with pytest.raises(ERPUnavailable, match=words) as caught:
        erp.post_bill(_draft(stub.vendor_ids["V001"]), idempotency_key="k-down")
    assert isinstance(caught.value, QBOError)


def test_a_validation_fault_is_a_refusal(stub, sleeps):
    erp = make_erp(stub, sleeps)
    stub.fail("validation", path="/bill", code="6000", message="A business validation error has occurred")
    with pytest.raises(ERPError, match="business validation") as caught:
        erp.post_bill(_draft(stub.vendor_ids["V001"]), idempotency_key="k-refused")
    assert not isinstance(caught.value, ERPUnavailable)


def test_5xx_before_processing_is_retried(stub, sleeps):
    erp = make_erp(stub, sleeps)
    stub.fail("500", path="/bill")
    bill = erp.post_bill(_draft(stub.vendor_ids["V001"]), idempotency_key="k-500")
    assert [r.status for r in bill_posts(stub)] == [500, 200]
    assert bill.total == Decimal("1535.00")
    assert sleeps == [0.75]  # equal jitter: half the 1 s ceiling plus half of jitter 0.5


def test_validation_fault_is_an_erp_error_with_quickbooks_message(stub, sleeps):
    erp = make_erp(stub, sleeps)
    stub.fail("validation", path="/bill", code="6000",
              message="A business validation error has occurred while processing your request",
              detail="Business Validation Error: You must select a vendor for this transaction.")
    with pytest.raises(ERPError) as info:
        erp.post_bill(_draft(stub.vendor_ids["V001"]), idempotency_key="k-invalid")
    text = str(info.value)
    assert "A business validation error has occurred" in text and "You must select a vendor" in text
    assert "6000" in text and isinstance(info.value, QBOError)
    assert len(bill_posts(stub)) == 1  # a validation fault is not retried


def test_account_missing_from_the_chart_fails_before_writing(stub, sleeps):
    erp = make_erp(stub, sleeps)
    from countersign.domain import BillLine

    draft = _draft(stub.vendor_ids["V001"], po_number=None,
                   lines=[BillLine(description="x", amount=Decimal("1535.00"), account="7777")])
    with pytest.raises(ERPError, match="7777 is not in the QuickBooks chart of accounts"):
        erp.post_bill(draft, idempotency_key="k-acct")
    assert bill_posts(stub) == []


def test_bill_shape_po_link_and_attachment(stub, sleeps):
    erp = make_erp(stub, sleeps)
    bill = erp.post_bill(_draft(stub.vendor_ids["V001"]), idempotency_key="k-shape", attachment=b"%PDF-1.4 inv")
    raw = stub.entities["Bill"][bill.id]
    po = next(p for p in stub.all("PurchaseOrder") if p["DocNumber"] == "PO-2001")
    assert raw["VendorRef"]["value"] == stub.vendor_ids["V001"] and raw["DocNumber"] == "INV-7001"
    assert raw["TxnDate"] == "2026-11-14" and raw["DueDate"] == "2026-12-14" and raw["CurrencyRef"]["value"] == "USD"
    assert [line["DetailType"] for line in raw["Line"]] == ["ItemBasedExpenseLineDetail"] * 2
    assert raw["Line"][0]["LinkedTxn"] == [{"TxnId": po["Id"], "TxnType": "PurchaseOrder", "TxnLineId": "1"}]
    assert raw["Line"][0]["Amount"] == Decimal("1290.00")
    assert "key=k-shape" in raw["PrivateNote"]
    [attachable] = stub.all("Attachable")
    assert attachable["AttachableRef"][0]["EntityRef"] == {"value": bill.id, "type": "Bill"}
    assert stub.files[attachable["Id"]] == b"%PDF-1.4 inv"
    erp.post_bill(_draft(stub.vendor_ids["V001"]), idempotency_key="k-shape", attachment=b"%PDF-1.4 inv")
    assert len(stub.all("Attachable")) == 1  # attached once


def test_query_values_are_escaped_and_ids_checked(stub, sleeps):
    erp = make_erp(stub, sleeps)
    assert quote("O'Brien \\ Co") == "'O\\'Brien \\\\ Co'"
    assert erp.get_purchase_order("PO' OR DocNumber LIKE '%") is None
    assert "DocNumber = 'PO\\' OR DocNumber LIKE \\'%'" in stub.queries[-1]
    with pytest.raises(ERPError, match="control characters"):
        erp.get_purchase_order("PO-1\x00X")
    asked = len(stub.requests)
    assert erp.get_vendor("1 OR 1=1") is None and erp.bills_for_vendor("56' OR '1'='1") == []
    assert len(stub.requests) == asked  # refused before any query was built


def test_rate_gate_keeps_under_the_per_minute_budget():
    now = [0.0]
    slept = []

    def sleep(seconds):
        slept.append(seconds)
        now[0] += seconds

    gate = _RealmGate(max_concurrent=2, per_minute=3)
    for _ in range(4):
        gate.wait_for_budget(lambda: now[0], sleep)
    assert slept == [60.0]


# --------------------------------------------------------------------------- 401 → refresh once


@pytest.fixture
def settings(stub, tmp_path):
    return Settings(data_dir=tmp_path, qbo_client_id="stub-client", qbo_client_secret="stub-secret",
                    qbo_discovery_url=stub.discovery_url, token_key=Fernet.generate_key().decode(),
                    qbo_base_url=stub.base_url, erp="quickbooks", _env_file=None)


def _connected(settings, stub, access="stub-access-0") -> QBOTokens:
    store = token_store_from_settings(settings)
    store.save(TokenSet(realm_id=stub.realm, access_token=access, refresh_token="stub-refresh-0",
                        access_expires_at=NOW + timedelta(hours=1), updated_at=NOW))
    return QBOTokens.from_settings(settings, clock=lambda: NOW)


def test_401_refreshes_once_persists_and_retries(stub, settings, sleeps):
    tokens = _connected(settings, stub)
    erp = quickbooks_erp_from_settings(settings, tokens=tokens, sleep=sleeps.append)
    stub.expire_access_tokens()
    assert any(v.name == "Acme Tools Ltd" for v in erp.list_vendors())
    assert len(stub.api_requests("/oauth2/v1/tokens/bearer")) == 1
    stored = token_store_from_settings(settings).load()
    assert stored.refresh_token == "stub-refresh-1" and stored.access_token == "stub-access-1"
    statuses = [r.status for r in stub.requests if "/company/" in r.path]
    assert statuses[:2] == [401, 200]


def test_401_twice_is_an_error_after_a_single_refresh(stub, settings, sleeps):
    erp = quickbooks_erp_from_settings(settings, tokens=_connected(settings, stub), sleep=sleeps.append)
    stub.fail("401", path="/query", times=5)
    with pytest.raises(ERPError, match="authorization failed"):
        erp.list_vendors()
    assert len(stub.api_requests("/oauth2/v1/tokens/bearer")) == 1
    assert len(stub.api_requests("/query")) == 2


def test_expired_access_token_is_refreshed_before_the_call(stub, settings, sleeps):
    tokens = _connected(settings, stub)
    tokens._clock = lambda: NOW + timedelta(hours=2)
    erp = quickbooks_erp_from_settings(settings, tokens=tokens, sleep=sleeps.append)
    erp.list_accounts()
    assert [r.status for r in stub.requests if "/company/" in r.path] == [200]
    assert token_store_from_settings(settings).load().refresh_token == "stub-refresh-1"


def test_factory_refuses_tokens_of_another_company(stub, settings):
    _connected(settings, stub)
    other = settings.model_copy(update={"qbo_realm_id": "123"})
    with pytest.raises(ERPError, match="company"):
        quickbooks_erp_from_settings(other)


def test_erp_setting_and_services_wiring(stub, settings, sleeps):
    """What the lead wires: open_services(erp_factory=...) with the QuickBooks adapter and the proposals table."""
    from countersign.app.bootstrap import open_services
    from countersign.app.store import bill_identity_resolver

    _connected(settings, stub)
    with open_services(settings, erp_factory=lambda sessions: quickbooks_erp_from_settings(
            settings, key_resolver=bill_identity_resolver(sessions), sleep=sleeps.append)) as services:
        assert services.erp.name == "QuickBooks Online"
        assert services.erp.get_purchase_order("PO-2002").vendor_id == stub.vendor_ids["V002"]


def test_mapped_department_and_class_reach_the_bill(stub, sleeps):
    erp = make_erp(stub, sleeps)
    draft = _draft(stub.vendor_ids["V001"], "INV-7002").model_copy(update={"erp_department": "1", "erp_class": "200"})
    bill = erp.post_bill(draft, idempotency_key="k-dept")
    raw = stub.entities["Bill"][bill.id]
    assert raw["DepartmentRef"]["value"] == "1"
    assert {line["ItemBasedExpenseLineDetail"]["ClassRef"]["value"] for line in raw["Line"]} == {"200"}
    plain = erp.post_bill(_draft(stub.vendor_ids["V001"], "INV-7003"), idempotency_key="k-plain")
    assert "DepartmentRef" not in stub.entities["Bill"][plain.id]
