"""The real python-quickbooks client over HTTP, replayed from hand-written vcrpy cassettes that follow
the documented QBO v3 shapes (tests/cassettes/quickbooks/). Replay only (`record_mode="none"`), with
sockets blocked; every interaction in a cassette must be played. Plus a scan of every cassette for
anything that looks like a real secret."""

from __future__ import annotations

import json
import re
import socket
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from urllib.parse import parse_qs

import pytest
import vcr
from cryptography.fernet import Fernet

from countersign.adapters.quickbooks.client import SANDBOX_URL, QBOClient
from countersign.adapters.quickbooks.erp import QuickBooksERP
from countersign.adapters.quickbooks.oauth import QBOTokens, token_store_from_settings
from countersign.adapters.quickbooks.tokens import TokenSet
from countersign.app.settings import Settings
from countersign.domain import BillDraft, BillLine, VendorStatus
from countersign.ports import ERPError

CASSETTES = Path(__file__).parent / "cassettes"
REALM = "9341453000000000"
KEY = "0123456789abcdef0123456789abcdef"
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)
INTUIT_DISCOVERY = {
    "issuer": "https://oauth.platform.intuit.com/op/v1",
    "authorization_endpoint": "https://appcenter.intuit.com/connect/oauth2",
    "token_endpoint": "https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer",
    "userinfo_endpoint": "https://sandbox-accounts.platform.intuit.com/v1/openid_connect/userinfo",
    "revocation_endpoint": "https://developer.api.intuit.com/v2/oauth2/tokens/revoke",
    "jwks_uri": "https://oauth.platform.intuit.com/op/v1/jwks",
}


def _text(body) -> str:
    if body is None:
        return ""
    return body.decode() if isinstance(body, bytes) else str(body)


def qbo_body(r1, r2) -> None:
    """Bodies compared by kind: QBO SQL as text, JSON parsed, token forms by grant type, uploads by route."""
    kind1, kind2 = ((r.headers.get("Content-Type") or "").split(";")[0].strip().lower() for r in (r1, r2))
    assert kind1 == kind2, f"{kind1} != {kind2}"
    kind = kind1
    if kind.startswith("multipart/"):
        return  # the upload is matched by path and its requestid
    b1, b2 = _text(r1.body), _text(r2.body)
    if kind.startswith("application/json"):
        try:
            assert json.loads(b1) == json.loads(b2)
        except ValueError as exc:
            raise AssertionError(f"not JSON: {exc}") from None
    elif kind.startswith("application/x-www-form-urlencoded"):
        assert parse_qs(b1).get("grant_type") == parse_qs(b2).get("grant_type")
    else:
        assert b1.strip() == b2.strip()


def _scrub_response(response):
    body = response.get("body", {}).get("string")
    if body:
        text = _text(body)
        text = re.sub(r'"(access_token|refresh_token|id_token)"\s*:\s*"(?!FILTERED)[^"]*"', r'"\1": "FILTERED"', text)
        response["body"]["string"] = text.encode() if isinstance(body, bytes) else text
    return response


recorder = vcr.VCR(
    cassette_library_dir=str(CASSETTES / "quickbooks"),
    record_mode="none",
    match_on=["method", "scheme", "host", "port", "path", "query", "qbo_body"],
    filter_headers=[("authorization", "FILTERED")],
    filter_post_data_parameters=[("refresh_token", "FILTERED"), ("client_secret", "FILTERED"), ("code", "FILTERED")],
    before_record_response=_scrub_response,
    decode_compressed_response=True,
)
recorder.register_matcher("qbo_body", qbo_body)


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    def refuse(self, address):
        raise AssertionError(f"network blocked in cassette tests: {address}")

    monkeypatch.setattr(socket.socket, "connect", refuse)


class Tokens:
    access_token = "FILTERED-ACCESS-TOKEN"

    def refresh(self) -> str:
        raise AssertionError("unexpected refresh")


def _erp(tokens=None, sleeps=None) -> QuickBooksERP:
    sleeps = sleeps if sleeps is not None else []
    return QuickBooksERP(QBOClient(company_id=REALM, tokens=tokens or Tokens(), base_url=SANDBOX_URL,
                                   sleep=sleeps.append, jitter=lambda: 0.0))


def _draft() -> BillDraft:
    return BillDraft(
        vendor_id="56", vendor_name="Acme Tools Ltd", invoice_number="INV-7001",
        invoice_date=date(2026, 11, 14), due_date=date(2026, 12, 14), currency="USD",
        lines=[BillLine(description="Cordless drill 18V", quantity=Decimal("10"), unit_price=Decimal("129.00"),
                        amount=Decimal("1290.00"), account="6200"),
               BillLine(description="Drill bit set", quantity=Decimal("10"), unit_price=Decimal("24.50"),
                        amount=Decimal("245.00"), account="6200")],
        total=Decimal("1535.00"), attachment_sha256="a" * 64,
    )


def test_list_vendors():
    with recorder.use_cassette("list_vendors.yaml") as cassette:
        vendors = _erp().list_vendors()
    assert cassette.all_played
    assert [(v.id, v.name, v.status) for v in vendors] == [
        ("56", "Acme Tools Ltd", VendorStatus.ACTIVE), ("57", "Soylent Foods Corp", VendorStatus.INACTIVE)]
    assert vendors[0].tax_id is None  # QuickBooks masks tax ids; a mask must not be matched against
    assert vendors[0].address == "100 Industrial Way, Springfield, IL, 62701"


def test_post_bill_with_request_id_and_attachment():
    with recorder.use_cassette("post_bill.yaml") as cassette:
        bill = _erp().post_bill(_draft(), idempotency_key=KEY, attachment=b"%PDF-1.4 inv")
    assert cassette.all_played
    assert bill.id == "145" and bill.total == Decimal("1535.00") and isinstance(bill.total, Decimal)
    assert bill.idempotency_key == KEY and bill.content_sha256 == "a" * 64
    assert bill.invoice_date == date(2026, 11, 14)
    create = next(r for r in cassette.requests if "/bill" in r.path)
    assert "requestid=cs-bill-" + KEY in create.uri


def test_validation_fault_carries_quickbooks_message():
    with recorder.use_cassette("validation_fault.yaml") as cassette, pytest.raises(ERPError) as info:
        _erp().post_bill(_draft(), idempotency_key=KEY)
    assert cassette.all_played and cassette.play_count == 3  # a validation fault is not retried
    assert "Transactions can only be in the home currency or the vendor currency" in str(info.value)
    assert "A business validation error has occurred" in str(info.value)


def test_throttled_request_is_retried_after_retry_after():
    sleeps: list[float] = []
    with recorder.use_cassette("throttled_then_ok.yaml") as cassette:
        accounts = _erp(sleeps=sleeps).list_accounts()
    assert cassette.all_played and sleeps == [2.0]
    assert [(a.code, a.name) for a in accounts] == [("6200", "Tools and equipment")]


def test_401_refreshes_once_and_persists(monkeypatch, tmp_path):
    monkeypatch.setattr("intuitlib.client.get_discovery_doc", lambda env, session=None: INTUIT_DISCOVERY)
    settings = Settings(data_dir=tmp_path, qbo_client_id="client-id", qbo_client_secret="client-secret",
                        token_key=Fernet.generate_key().decode(), _env_file=None)
    token_store_from_settings(settings).save(TokenSet(
        realm_id=REALM, access_token="FILTERED-ACCESS-TOKEN-1", refresh_token="FILTERED-REFRESH-TOKEN-1",
        access_expires_at=NOW + timedelta(hours=1), updated_at=NOW))
    tokens = QBOTokens.from_settings(settings, clock=lambda: NOW)
    with recorder.use_cassette("refresh_on_401.yaml") as cassette:
        accounts = _erp(tokens=tokens).list_accounts()
    assert cassette.all_played and [a.code for a in accounts] == ["6200"]
    assert token_store_from_settings(settings).load().refresh_token == "FILTERED-REFRESH-TOKEN-2"


# --------------------------------------------------------------------------- no secret in any cassette

_PLACEHOLDER = re.compile(r"^(FILTERED|DUMMY|REDACTED|<[A-Z_]+>)")
_SECRET_PATTERNS = {
    "JWT / Intuit access token": re.compile(r"eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}"),
    "Intuit refresh token": re.compile(r"\bAB11\d{9,}[A-Za-z0-9]{10,}"),
    "bearer credential": re.compile(r"Bearer\s+(?!FILTERED|DUMMY|REDACTED)[A-Za-z0-9._~+/=-]{12,}"),
    "basic credential": re.compile(r"Basic\s+[A-Za-z0-9+/=]{12,}"),
    "Slack token": re.compile(r"xox[abposr]-[A-Za-z0-9-]{8,}"),
    "OpenAI key": re.compile(r"\bsk-[A-Za-z0-9_-]{16,}"),
}
_SECRET_FIELDS = re.compile(
    r"""["']?(access_token|refresh_token|id_token|client_secret|password|session_id|sessionId)["']?\s*[:=]\s*["']?([^"'&,\s}]+)""")


def _cassettes() -> list[Path]:
    return sorted(p for p in CASSETTES.rglob("*") if p.suffix in (".yaml", ".yml", ".json"))


def test_there_are_quickbooks_cassettes_to_scan():
    assert len([p for p in _cassettes() if "quickbooks" in p.parts]) >= 5


@pytest.mark.parametrize("path", _cassettes(), ids=lambda p: str(p.relative_to(CASSETTES)))
def test_cassette_holds_no_secret(path):
    text = path.read_text()
    for name, pattern in _SECRET_PATTERNS.items():
        assert not pattern.search(text), f"{path.name}: looks like a {name}"
    for field, value in _SECRET_FIELDS.findall(text):
        assert _PLACEHOLDER.match(value) or value in ("null", "None"), f"{path.name}: {field} is not filtered"
    for header in re.findall(r"(?im)^\s*authorization:\s*(.+)$", text):
        assert "FILTERED" in header or "DUMMY" in header, f"{path.name}: Authorization header is not filtered"
