"""The NetSuite, Business Central and Sage Intacct clients over HTTP against their real hosts,
replayed from vcrpy cassettes (tests/cassettes/netsuite/, businesscentral/, intacct/). The cassettes were
recorded from the local stubs, whose bodies follow the documented shapes, and rewritten to the real
hosts (`python -m tests.record_cassettes`). Replay only, sockets blocked, every interaction played,
bodies matched (JSON parsed; Intacct's XML with the per-request control id of reads, passwords and
session ids normalized). The scan for secrets in test_quickbooks_vcr.py covers these cassettes too."""

from __future__ import annotations

import json
import re
import socket
from decimal import Decimal
from pathlib import Path

import pytest
import vcr

from countersign.adapters.businesscentral.client import BCClient
from countersign.adapters.businesscentral.erp import BusinessCentralERP
from countersign.adapters.intacct.client import IntacctClient
from countersign.adapters.intacct.erp import IntacctERP
from countersign.adapters.netsuite.client import NetSuiteClient
from countersign.adapters.netsuite.erp import NetSuiteERP
from countersign.domain import VendorStatus
from countersign.ports import ERPError, ERPUnavailable
from tests.bc_stub import BANK_API, COMPANY, ENVIRONMENT, TENANT
from tests.intacct_stub import SENDER
from tests.netsuite_stub import ACCOUNT
from tests.test_erp_contract import _draft

CASSETTES = Path(__file__).parent / "cassettes"
ACME = "8c0a70a7-a845-47f9-953a-5154281fa6f5"  # Acme's vendor id in the Business Central cassettes
KEY = "0123456789abcdef0123456789abcdef"


def _text(body) -> str:
    return body.decode() if isinstance(body, bytes) else str(body or "")


def _normal(text: str) -> str:
    text = re.sub(r"<controlid>cs-[0-9a-f]{32}</controlid>", "<controlid>READ</controlid>", text)
    return re.sub(r"<(password|sessionid)>[^<]*</\1>", r"<\1>FILTERED</\1>", text)


def same_body(r1, r2) -> None:
    b1, b2 = _text(r1.body), _text(r2.body)
    if b1.startswith(("{", "[")) or b2.startswith(("{", "[")):
        try:
            assert json.loads(b1) == json.loads(b2)
        except ValueError as exc:
            raise AssertionError(f"not JSON: {exc}") from None
    else:
        assert _normal(b1) == _normal(b2)


def _recorder(system: str) -> vcr.VCR:
    recorder = vcr.VCR(cassette_library_dir=str(CASSETTES / system), record_mode="none",
                       match_on=["method", "scheme", "host", "port", "path", "query", "same_body"],
                       filter_headers=[("authorization", "FILTERED")])
    recorder.register_matcher("same_body", same_body)
    return recorder


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    def refuse(self, address):
        raise AssertionError(f"network blocked in cassette tests: {address}")

    monkeypatch.setattr(socket.socket, "connect", refuse)


class Tokens:
    access_token = "FILTERED-ACCESS-TOKEN"

    def refresh(self) -> str:
        raise AssertionError("unexpected refresh")


# --------------------------------------------------------------------------- Business Central


def _bc(sleeps=None) -> BusinessCentralERP:
    sleeps = sleeps if sleeps is not None else []
    return BusinessCentralERP(BCClient(tenant_id=TENANT, environment=ENVIRONMENT, company_id=COMPANY,
                                       tokens=Tokens(), sleep=sleeps.append, jitter=lambda: 0.0), bank_api=BANK_API)


def test_bc_vendors_with_their_ibans():
    with _recorder("businesscentral").use_cassette("list_vendors.yaml") as cassette:
        vendors = {v.name: v for v in _bc().list_vendors()}
    assert cassette.all_played
    acme = vendors["Acme Tools Ltd"]
    assert acme.id == ACME and acme.iban == "GB82WEST12345698765432" and acme.currency == "USD"
    assert vendors["Soylent Foods Corp"].status == VendorStatus.BLOCKED


def test_bc_post_bill_checks_then_creates_with_the_key_on_the_document():
    with _recorder("businesscentral").use_cassette("post_bill.yaml") as cassette:
        bill = _bc().post_bill(_draft(ACME), idempotency_key=KEY, attachment=b"%PDF-1.4 inv")
    assert cassette.all_played
    assert bill.total == Decimal("1535.00") and isinstance(bill.total, Decimal) and bill.idempotency_key == KEY
    [create] = [r for r in cassette.requests if r.method == "POST" and r.path.endswith("/purchaseInvoices")]
    lines = json.loads(_text(create.body))["purchaseInvoiceLines"]
    assert {"lineType": "Comment", "description": f"countersign key={KEY}"} in lines
    assert [r.method for r in cassette.requests][-2:] == ["POST", "PATCH"]  # the attachment, then its content


def test_bc_validation_fault_carries_the_message_and_is_not_retried():
    with _recorder("businesscentral").use_cassette("validation_fault.yaml") as cassette, \
            pytest.raises(ERPError) as info:
        _bc().post_bill(_draft(ACME, "INV-7002"), idempotency_key="fedcba9876543210fedcba9876543210")
    assert cassette.all_played and "(6200) that cannot be found" in str(info.value)
    assert not isinstance(info.value, ERPUnavailable)
    assert len([r for r in cassette.requests if r.method == "POST"]) == 1


def test_bc_throttled_request_waits_the_retry_after():
    sleeps: list[float] = []
    with _recorder("businesscentral").use_cassette("throttled_then_ok.yaml") as cassette:
        accounts = _bc(sleeps).list_accounts()
    assert cassette.all_played and sleeps == [2.0] and "6200" in [a.code for a in accounts]


# --------------------------------------------------------------------------- Sage Intacct


def _intacct(sleeps=None) -> IntacctERP:
    sleeps = sleeps if sleeps is not None else []
    return IntacctERP(IntacctClient(sender_id=SENDER[0], sender_password="FILTERED", session=Tokens(),
                                    sleep=sleeps.append, jitter=lambda: 0.0), iban_field="IBAN",
                      supdoc_folder="countersign")


def test_intacct_vendors_with_their_ibans():
    with _recorder("intacct").use_cassette("list_vendors.yaml") as cassette:
        vendors = {v.id: v for v in _intacct().list_vendors()}
    assert cassette.all_played
    assert vendors["V001"].iban == "GB82WEST12345698765432" and vendors["V001"].name == "Acme Tools Ltd"
    assert vendors["V005"].status == VendorStatus.INACTIVE


def test_intacct_post_bill_runs_once_under_its_control_id():
    with _recorder("intacct").use_cassette("post_bill.yaml") as cassette:
        bill = _intacct().post_bill(_draft("V001"), idempotency_key=KEY, attachment=b"%PDF-1.4 inv")
    assert cassette.all_played
    assert bill.total == Decimal("1535.00") and bill.idempotency_key == KEY and bill.invoice_number == "INV-7001"
    [create] = [r for r in cassette.requests if "<create><APBILL>" in _text(r.body)]
    sent = _text(create.body)
    assert "<uniqueid>true</uniqueid>" in sent and "<TRX_AMOUNT>1290.00</TRX_AMOUNT>" in sent


def test_intacct_validation_fault_carries_the_message_and_is_not_retried():
    with _recorder("intacct").use_cassette("validation_fault.yaml") as cassette, pytest.raises(ERPError) as info:
        _intacct().post_bill(_draft("V001", "INV-7002"), idempotency_key="fedcba9876543210fedcba9876543210")
    assert cassette.all_played and "Invalid GL Account 6200." in str(info.value)
    assert not isinstance(info.value, ERPUnavailable)


def test_intacct_throttled_request_waits_the_retry_after():
    sleeps: list[float] = []
    with _recorder("intacct").use_cassette("throttled_then_ok.yaml") as cassette:
        accounts = _intacct(sleeps).list_accounts()
    assert cassette.all_played and sleeps == [2.0] and "6200" in [a.code for a in accounts]


# --------------------------------------------------------------------------- NetSuite


def _netsuite(sleeps=None) -> NetSuiteERP:
    sleeps = sleeps if sleeps is not None else []
    return NetSuiteERP(NetSuiteClient(account_id=ACCOUNT, tokens=Tokens(), sleep=sleeps.append, jitter=lambda: 0.0),
                       iban_field="custentity_iban")


def test_netsuite_vendors_with_their_ibans():
    with _recorder("netsuite").use_cassette("list_vendors.yaml") as cassette:
        vendors = {v.name: v for v in _netsuite().list_vendors()}
    assert cassette.all_played and vendors["Acme Tools Ltd"].iban == "GB82WEST12345698765432"
    assert all(r.host == "1234567-sb1.suitetalk.api.netsuite.com" for r in cassette.requests)


def test_netsuite_post_bill_is_an_upsert_to_the_keys_external_id():
    with _recorder("netsuite").use_cassette("post_bill.yaml") as cassette:
        bill = _netsuite().post_bill(_draft("107"), idempotency_key=KEY)
    assert cassette.all_played and bill.idempotency_key == KEY and bill.total == Decimal("1535.00")
    [put] = [r for r in cassette.requests if r.method == "PUT"]
    assert put.path.endswith(f"/vendorBill/eid:{KEY}")


def test_netsuite_validation_fault_carries_the_message_and_is_not_retried():
    with _recorder("netsuite").use_cassette("validation_fault.yaml") as cassette, pytest.raises(ERPError) as info:
        _netsuite().post_bill(_draft("107", "INV-7002"), idempotency_key="fedcba9876543210fedcba9876543210")
    assert cassette.all_played and "Invalid Field Value 6200" in str(info.value)
    assert not isinstance(info.value, ERPUnavailable)


def test_netsuite_throttled_request_waits_the_retry_after():
    sleeps: list[float] = []
    with _recorder("netsuite").use_cassette("throttled_then_ok.yaml") as cassette:
        accounts = _netsuite(sleeps).list_accounts()
    assert cassette.all_played and sleeps == [2.0] and "6200" in [a.code for a in accounts]
