"""The real xero-python client over HTTP, replayed from vcrpy cassettes (tests/cassettes/xero/) whose
bodies follow Xero's documented shapes. Replay only (`record_mode="none"`), sockets blocked, and
every interaction in a cassette must be played. The scan for secrets in test_quickbooks_vcr.py
covers these cassettes too."""

from __future__ import annotations

import json
import socket
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from urllib.parse import parse_qs

import pytest
import vcr
from cryptography.fernet import Fernet

from countersign.adapters.tokens import TokenSet
from countersign.adapters.xero.client import XeroClient
from countersign.adapters.xero.erp import XeroERP
from countersign.adapters.xero.oauth import token_store, xero_tokens
from countersign.app.settings import Settings
from countersign.domain import VendorStatus
from countersign.ports import ERPError, ERPUnavailable
from tests.test_erp_contract import _draft

CASSETTES = Path(__file__).parent / "cassettes" / "xero"
TENANT = "6e9a8f7c-1b2d-4c3e-9f80-1a2b3c4d5e6f"
ACME = "f2dac40c-5333-5357-8065-d9059ddc1f60"
KEY = "0123456789abcdef0123456789abcdef"
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)


def _text(body) -> str:
    return body.decode() if isinstance(body, bytes) else str(body or "")


def xero_body(r1, r2) -> None:
    """JSON bodies compared parsed, token forms by grant type, attachments by length (PDF bytes)."""
    b1, b2 = _text(r1.body), _text(r2.body)
    if b1.startswith(("{", "[")) or b2.startswith(("{", "[")):
        try:
            assert json.loads(b1) == json.loads(b2)
        except ValueError as exc:
            raise AssertionError(f"not JSON: {exc}") from None
    elif "grant_type=" in b1 or "grant_type=" in b2:
        assert parse_qs(b1).get("grant_type") == parse_qs(b2).get("grant_type")
    else:
        assert b1 == b2


recorder = vcr.VCR(cassette_library_dir=str(CASSETTES), record_mode="none",
                   match_on=["method", "scheme", "host", "port", "path", "query", "xero_body"],
                   filter_headers=[("authorization", "FILTERED")], decode_compressed_response=True)
recorder.register_matcher("xero_body", xero_body)


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    def refuse(self, address):
        raise AssertionError(f"network blocked in cassette tests: {address}")

    monkeypatch.setattr(socket.socket, "connect", refuse)


class Tokens:
    access_token = "FILTERED-ACCESS-TOKEN"

    def refresh(self) -> str:
        raise AssertionError("unexpected refresh")


def _erp(tokens=None, sleeps=None) -> XeroERP:
    sleeps = sleeps if sleeps is not None else []
    return XeroERP(XeroClient(tenant_id=TENANT, tokens=tokens or Tokens(), sleep=sleeps.append, jitter=lambda: 0.0))


def test_list_vendors_reads_bank_details_and_status():
    with recorder.use_cassette("list_vendors.yaml") as cassette:
        vendors = {v.name: v for v in _erp().list_vendors()}
    assert cassette.all_played
    acme = vendors["Acme Tools Ltd"]
    assert acme.id == ACME and acme.iban == "GB82WEST12345698765432" and acme.currency == "USD"
    assert vendors["Soylent Foods Corp"].status == VendorStatus.INACTIVE
    assert "Blue Harbor Retail" not in vendors  # a customer only is not a vendor


def test_post_bill_with_idempotency_key_and_attachment():
    with recorder.use_cassette("post_bill.yaml") as cassette:
        bill = _erp().post_bill(_draft(ACME), idempotency_key=KEY, attachment=b"%PDF-1.4 inv")
    assert cassette.all_played
    assert bill.total == Decimal("1535.00") and isinstance(bill.total, Decimal) and bill.idempotency_key == KEY
    create = next(r for r in cassette.requests if r.method == "PUT" and r.path.endswith("/Invoices"))
    assert create.headers["Idempotency-Key"] == KEY and create.headers["xero-tenant-id"] == TENANT
    sent = json.loads(_text(create.body))["Invoices"][0]
    assert sent["Type"] == "ACCPAY" and sent["LineAmountTypes"] == "NoTax" and f"cs_key={KEY}" in sent["Url"]
    upload = next(r for r in cassette.requests if "/Attachments/" in r.path)
    assert upload.headers["Idempotency-Key"] == f"{KEY}-att" and upload.path.endswith("invoice-INV-7001.pdf")


def test_validation_fault_carries_xeros_message_and_is_not_retried():
    with recorder.use_cassette("validation_fault.yaml") as cassette, pytest.raises(ERPError) as info:
        _erp().post_bill(_draft(ACME, "INV-7002"), idempotency_key="fedcba9876543210fedcba9876543210")
    assert cassette.all_played and cassette.play_count == 3
    assert "Account code '6200' has been archived" in str(info.value)
    assert not isinstance(info.value, ERPUnavailable)


def test_throttled_request_waits_the_retry_after():
    sleeps: list[float] = []
    with recorder.use_cassette("throttled_then_ok.yaml") as cassette:
        accounts = _erp(sleeps=sleeps).list_accounts()
    assert cassette.all_played and sleeps == [2.0]
    assert ("6200", "Tools and equipment") in [(a.code, a.name) for a in accounts]


def test_401_refreshes_once_and_persists(tmp_path):
    settings = Settings(data_dir=tmp_path, xero_client_id="client-id", xero_client_secret="client-secret",
                        token_key=Fernet.generate_key().decode(), _env_file=None)
    token_store(settings).save(TokenSet(realm_id=TENANT, access_token="FILTERED-ACCESS-TOKEN-1",
                                        refresh_token="FILTERED-REFRESH-TOKEN-1",
                                        access_expires_at=NOW + timedelta(hours=1)))
    with recorder.use_cassette("refresh_on_401.yaml") as cassette:
        accounts = _erp(tokens=xero_tokens(settings, clock=lambda: NOW)).list_accounts()
    assert cassette.all_played and "6200" in [a.code for a in accounts]
    stored = token_store(settings).load()
    assert stored.access_token == "FILTERED" and stored.access_expires_at == NOW + timedelta(seconds=1800)
