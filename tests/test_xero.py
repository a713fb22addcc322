"""Xero specifics against the Xero stub: what a bill looks like in Xero, vendors with their bank
details, money that cannot ride the SDK's floats, Xero's daily cap, tracking from the policy's
erp_mapping, and the `countersign connect xero` flow (consent, tenant from the connections
endpoint, tokens stored encrypted)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal
from urllib.parse import parse_qs, urlparse

import pytest
from cryptography.fernet import Fernet

from countersign.adapters.resilience import RateGate
from countersign.adapters.tokens import TokenSet
from countersign.adapters.xero.client import XeroClient
from countersign.adapters.xero.erp import XeroERP
from countersign.adapters.xero.oauth import XeroAuthError, connect_flow, token_store, xero_tokens
from countersign.app.settings import Settings
from countersign.domain import BillLine
from countersign.ports import ERPError, ERPUnavailable
from tests.test_erp_contract import LEDGER, StaticTokens, _draft
from tests.xero_stub import PREFIX, XeroStub, parse_ms

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)


@pytest.fixture
def stub():
    s = XeroStub().start()
    s.vendor_ids = s.seed_ledger(LEDGER)
    yield s
    s.stop()


@pytest.fixture
def sleeps():
    return []


def make_erp(stub, sleeps, **options) -> XeroERP:
    return XeroERP(XeroClient(tenant_id=stub.tenant, tokens=StaticTokens(), api_base=stub.api_url,
                              sleep=sleeps.append, jitter=lambda: 0.5, **options))


def test_bill_in_xero_shape_marks_and_attachment(stub, sleeps):
    erp = make_erp(stub, sleeps)
    acme = stub.vendor_ids["V001"]
    bill = erp.post_bill(_draft(acme), idempotency_key="0123456789abcdef0123456789abcdef",
                         attachment=b"%PDF-1.4 inv")
    raw = stub.invoices[bill.id]
    assert raw["Type"] == "ACCPAY" and raw["Status"] == "AUTHORISED" and raw["LineAmountTypes"] == "NoTax"
    assert raw["Contact"]["ContactID"] == acme and raw["InvoiceNumber"] == "INV-7001"
    assert str(parse_ms(raw["Date"])) == "2026-11-14" and str(parse_ms(raw["DueDate"])) == "2026-12-14"
    assert [(li["AccountCode"], li["Quantity"], li["UnitAmount"], li["LineAmount"]) for li in raw["LineItems"]] == [
        ("6200", Decimal("10"), Decimal("129.0000"), Decimal("1290.00")),
        ("6200", Decimal("10"), Decimal("24.5000"), Decimal("245.00"))]
    marks = parse_qs(urlparse(raw["Url"]).query)
    assert marks == {"cs_key": ["0123456789abcdef0123456789abcdef"], "cs_sha256": ["a" * 64], "cs_po": ["PO-2001"]}
    [write] = [r for r in stub.api_requests(PREFIX + "/Invoices", "PUT") if r.path.endswith("/Invoices")]
    assert write.header("Idempotency-Key") == "0123456789abcdef0123456789abcdef"
    assert write.params["unitdp"] == "4" and write.header("xero-tenant-id") == stub.tenant
    assert bill.total == Decimal("1535.00") and isinstance(bill.total, Decimal) and bill.po_number == "PO-2001"
    assert bill.content_sha256 == "a" * 64
    [attachment] = stub.attachments[bill.id]
    assert attachment["FileName"] == "invoice-INV-7001.pdf"
    assert stub.files[attachment["AttachmentID"]] == b"%PDF-1.4 inv"
    erp.post_bill(_draft(acme), idempotency_key="0123456789abcdef0123456789abcdef", attachment=b"%PDF-1.4 inv")
    assert len(stub.attachments[bill.id]) == 1  # attached once


def test_tax_goes_on_a_line_of_its_own_and_the_totals_match(stub, sleeps):
    erp = make_erp(stub, sleeps)
    draft = _draft(stub.vendor_ids["V001"], po_number=None, total=Decimal("1657.80"), tax=Decimal("122.80"),
                   lines=[BillLine(description="Drills", quantity=Decimal("3"), unit_price=Decimal("511.6667"),
                                   amount=Decimal("1535.00"), account="6200")])
    bill = erp.post_bill(draft, idempotency_key="k-tax")
    raw = stub.invoices[bill.id]
    # 3 × 511.6667 is not 1535.00: one unit at the line's amount keeps Xero's LineAmount exact
    assert [(li["Quantity"], li["LineAmount"]) for li in raw["LineItems"]] == [
        (Decimal("1"), Decimal("1535.00")), (Decimal("1"), Decimal("122.80"))]
    assert raw["LineItems"][1]["Description"] == "Tax on invoice INV-7001" and bill.total == Decimal("1657.80")


@pytest.mark.parametrize("amount,words", [(Decimal("1535.005"), "more than 2 decimals"),
                                          (Decimal("12345678901234567.00"), "float")])
def test_an_amount_the_sdk_would_round_is_refused_before_sending(stub, sleeps, amount, words):
    erp = make_erp(stub, sleeps)
    draft = _draft(stub.vendor_ids["V001"], po_number=None, total=amount,
                   lines=[BillLine(description="x", amount=amount, account="6200")])
    with pytest.raises(ERPError, match=words):
        erp.post_bill(draft, idempotency_key="k-float")
    assert stub.api_requests(PREFIX + "/Invoices", "PUT") == []


def test_mapped_tracking_reaches_every_line_and_a_bad_mapping_is_refused(stub, sleeps):
    erp = make_erp(stub, sleeps)
    draft = _draft(stub.vendor_ids["V001"]).model_copy(update={"erp_department": "Department:Operations",
                                                               "erp_class": "Region:North"})
    raw = stub.invoices[erp.post_bill(draft, idempotency_key="k-track").id]
    assert {tuple((t["Name"], t["Option"]) for t in li["Tracking"]) for li in raw["LineItems"]} == {
        (("Department", "Operations"), ("Region", "North"))}
    bad = _draft(stub.vendor_ids["V001"], "INV-7002").model_copy(update={"erp_department": "42"})
    with pytest.raises(ERPError, match="Category:Option"):
        erp.post_bill(bad, idempotency_key="k-track-bad")


def test_archived_account_is_refused_before_writing(stub, sleeps):
    erp = make_erp(stub, sleeps)
    draft = _draft(stub.vendor_ids["V001"], po_number=None,
                   lines=[BillLine(description="x", amount=Decimal("1535.00"), account="6900")])
    with pytest.raises(ERPError, match="6900 is archived"):
        erp.post_bill(draft, idempotency_key="k-archived")
    assert stub.api_requests(PREFIX + "/Invoices", "PUT") == []


def test_vendor_bank_details_are_read_and_written(stub, sleeps):
    erp = make_erp(stub, sleeps)
    acme = erp.get_vendor(stub.vendor_ids["V001"])
    assert acme.iban == "GB82WEST12345698765432" and acme.tax_id == "12-3456789" and acme.default_account == "6200"
    stub.contacts[stub.vendor_ids["V002"]]["BankAccountDetails"] = "20-20-15 55555555"  # a UK account, not an IBAN
    assert erp.get_vendor(stub.vendor_ids["V002"]).iban is None
    payload = {"name": "Umbrella Corp", "tax_id": "55-5555555", "iban": "gb33 bukb 2020 1555 5555 55",
               "address": "1 Raccoon St", "currency": "USD", "default_account": "6400"}
    made = erp.create_vendor(payload, idempotency_key="k-vendor", created_by="U0CONTROL")
    again = erp.create_vendor(payload, idempotency_key="k-vendor", created_by="U0CONTROL")
    assert made.id == again.id and made.iban == "GB33BUKB20201555555555" and made.tax_id == "55-5555555"
    assert [c["Name"] for c in stub.contacts.values()].count("Umbrella Corp") == 1
    raw = stub.contacts[made.id]
    assert raw["ContactNumber"] == "cs-k-vendor" and raw["BankAccountDetails"] == "GB33BUKB20201555555555"
    assert any(v.id == made.id for v in erp.list_vendors())  # found by match_vendor before it has any bill


def test_a_daily_limit_is_not_slept_through(stub, sleeps):
    erp = make_erp(stub, sleeps)
    stub.retry_after = "43200"
    stub.fail("429", path="/Accounts", method="GET")
    with pytest.raises(ERPUnavailable, match="asks to wait 43200 s"):
        erp.list_accounts()
    assert sleeps == []


def test_the_tenant_gate_keeps_to_60_a_minute_and_5_at_once():
    gate = RateGate.for_key("xero#test#tenant-gate", 5, 60)
    assert gate.semaphore._value == 5  # noqa: SLF001 - the concurrency cap itself
    now, slept = [0.0], []

    def sleep(seconds):
        slept.append(seconds)
        now[0] += seconds

    for _ in range(61):
        gate.wait_for_budget(lambda: now[0], sleep)
    assert slept == [60.0]


# --------------------------------------------------------------------------- connect xero


@pytest.fixture
def settings(stub, tmp_path):
    return Settings(data_dir=tmp_path, xero_client_id="stub-client", xero_client_secret="stub-secret",
                    xero_api_url=stub.url, xero_identity_url=stub.url, token_key=Fernet.generate_key().decode(),
                    _env_file=None)


def _consent(stub, **extra):
    seen = {}

    def open_browser(url):
        seen["url"] = url

    def read_redirect(_url):
        state = parse_qs(urlparse(seen["url"]).query)["state"][0]
        stub.auth_codes["code-1"] = stub.tenant
        params = {"code": "code-1", "state": state, **extra}
        return "http://localhost:8765/xero/callback?" + "&".join(f"{k}={v}" for k, v in params.items())

    return seen, open_browser, read_redirect


def test_connect_flow_stores_encrypted_tokens_for_the_connected_tenant(stub, settings):
    seen, open_browser, read_redirect = _consent(stub)
    tokens = connect_flow(settings, open_browser=open_browser, read_redirect=read_redirect, clock=lambda: NOW)
    query = parse_qs(urlparse(seen["url"]).query)
    assert seen["url"].startswith("https://login.xero.com/identity/connect/authorize?")
    assert query["client_id"] == ["stub-client"] and "offline_access" in query["scope"][0].split()
    assert tokens.realm_id == stub.tenant and "stub-access" not in repr(tokens)
    store = token_store(settings)
    assert store.load().refresh_token == "stub-refresh-1" and b"stub-refresh-1" not in store.path.read_bytes()
    assert store.path.name == "xero-tokens.enc"
    [exchange] = [r for r in stub.requests if r.path == "/connect/token"]
    assert parse_qs(exchange.text)["grant_type"] == ["authorization_code"]


def test_connect_flow_refuses_a_forged_state_and_an_unknown_tenant(stub, settings):
    seen, open_browser, read_redirect = _consent(stub)
    with pytest.raises(XeroAuthError, match="state"):
        connect_flow(settings, open_browser=open_browser,
                     read_redirect=lambda url: read_redirect(url).replace("state=", "state=evil"))
    seen, open_browser, read_redirect = _consent(stub)
    with pytest.raises(XeroAuthError, match="COUNTERSIGN_XERO_TENANT_ID"):
        connect_flow(settings.model_copy(update={"xero_tenant_id": "not-this-one"}), open_browser=open_browser,
                     read_redirect=read_redirect)
    assert not token_store(settings).exists()


def test_each_refresh_persists_the_rotated_refresh_token(stub, settings):
    token_store(settings).save(TokenSet(realm_id=stub.tenant, access_token="stub-access-0",
                                        refresh_token="stub-refresh-0", access_expires_at=NOW + timedelta(hours=1)))
    tokens = xero_tokens(settings, clock=lambda: NOW)
    assert tokens.refresh() == "stub-access-1" and token_store(settings).load().refresh_token == "stub-refresh-1"
    assert tokens.refresh() == "stub-access-2"  # with the rotated token, not the first one
    forms = [parse_qs(r.text) for r in stub.requests if r.path == "/connect/token"]
    assert [f["refresh_token"][0] for f in forms] == ["stub-refresh-0", "stub-refresh-1"]
    token_store(settings).save(TokenSet(realm_id=stub.tenant, access_token="x", refresh_token="revoked",
                                        access_expires_at=NOW))
    with pytest.raises(ERPError, match="connect xero"):
        xero_tokens(settings, clock=lambda: NOW).refresh()
