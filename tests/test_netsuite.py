"""NetSuite specifics against the NetSuite stub: the vendorBill a draft becomes (item lines on the PO's
items, expense lines on accounts, the upsert to the key's external id), NetSuite's received
quantities for a three-way match, the IBAN in a configurable vendor field, the attach RESTlet, and
both kinds of authentication (an M2M assertion the stub verifies against the certificate's public key;
TBA's three steps and HMAC-SHA256 signatures it verifies too)."""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal

import pytest
import requests
from cryptography.fernet import Fernet
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from countersign.adapters.netsuite.auth import NetSuiteAuthError, client_assertion, connect_flow, token_store
from countersign.adapters.netsuite.client import NetSuiteClient
from countersign.adapters.netsuite.erp import NetSuiteERP
from countersign.adapters.netsuite.factory import netsuite_erp_from_settings
from countersign.app.settings import Settings
from countersign.domain import BillLine
from countersign.ports import ERPError
from tests.netsuite_stub import KID, TOKEN, NetSuiteStub
from tests.test_erp_contract import LEDGER, StaticTokens, _draft

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)


def _pem(key) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


@pytest.fixture(scope="module")
def rsa_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture
def stub(rsa_key):
    s = NetSuiteStub(public_key=rsa_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)).start()
    s.vendor_ids = s.seed_ledger(LEDGER)
    yield s
    s.stop()


def make_erp(stub, **kw) -> NetSuiteERP:
    options = {"iban_field": "custentity_iban", "attach_restlet": stub.restlet_url, "file_folder": "42", **kw}
    return NetSuiteERP(NetSuiteClient(account_id=stub.realm, base_url=stub.url, tokens=StaticTokens(),
                                      sleep=lambda _s: None), **options)


def test_bill_shape_item_and_expense_lines_and_the_upsert(stub):
    erp = make_erp(stub)
    draft = _draft(stub.vendor_ids["V001"]).model_copy(update={
        "erp_department": "7", "erp_class": "3",
        "lines": [*_draft("x").lines, BillLine(description="Freight", amount=Decimal("15.00"), account="6100")],
        "total": Decimal("1550.00")})
    bill = erp.post_bill(draft, idempotency_key="0123456789abcdef0123456789abcdef", attachment=b"%PDF-1.4 inv")
    [raw] = stub.all("vendorBill")[-1:]
    assert raw["externalId"] == "0123456789abcdef0123456789abcdef" and raw["tranId"] == "INV-7001"
    po = next(p for p in stub.all("purchaseOrder") if p["tranId"] == "PO-2001")
    assert [(li["item"]["id"], li["quantity"], li["rate"], li["amount"]) for li in raw["item"]["items"]] == [
        (po["item"]["items"][0]["item"]["id"], Decimal("10"), Decimal("129.00"), Decimal("1290.00")),
        (po["item"]["items"][1]["item"]["id"], Decimal("10"), Decimal("24.50"), Decimal("245.00"))]
    [freight] = raw["expense"]["items"]
    assert freight["amount"] == Decimal("15.00") and freight["memo"] == "Freight"
    assert raw["subsidiary"] == {"id": "1"} and raw["department"] == {"id": "7"} and raw["class"] == {"id": "3"}
    assert raw["memo"] == "countersign key=0123456789abcdef0123456789abcdef sha256=" + "a" * 64 + " po=PO-2001"
    [put] = stub.api_requests("/vendorBill/eid:", "PUT")
    assert put.path.endswith("/vendorBill/eid:0123456789abcdef0123456789abcdef")
    assert '"amount": 1290.00' in put.text  # exact decimals on the wire, not floats
    assert bill.total == Decimal("1550.00") and bill.idempotency_key == "0123456789abcdef0123456789abcdef"
    assert bill.po_number == "PO-2001" and bill.content_sha256 == "a" * 64
    [pdf] = stub.files.values()
    assert pdf["contents"] == b"%PDF-1.4 inv" and pdf["attached_to"] == {("vendorbill", bill.id)}
    erp.post_bill(draft, idempotency_key="0123456789abcdef0123456789abcdef", attachment=b"%PDF-1.4 inv")
    assert len(stub.files) == 1 and len(stub.api_requests("/vendorBill/eid:", "PUT")) == 1


def test_without_the_restlet_the_bill_posts_and_the_pdf_stays_home(stub):
    bill = make_erp(stub, attach_restlet=None).post_bill(_draft(stub.vendor_ids["V001"]), idempotency_key="k-no-rl",
                                                         attachment=b"%PDF-1.4 inv")
    assert bill.invoice_number == "INV-7001" and stub.files == {}


def test_amounts_with_more_than_cents_are_refused_before_sending(stub):
    draft = _draft(stub.vendor_ids["V001"], po_number=None, total=Decimal("1535.005"),
                   lines=[BillLine(description="x", amount=Decimal("1535.005"), account="6200")])
    with pytest.raises(ERPError, match="more than 2 decimals"):
        make_erp(stub).post_bill(draft, idempotency_key="k-cents")
    assert stub.api_requests("/vendorBill/eid:", "PUT") == []


def test_received_quantities_make_a_three_way_match(stub):
    po = make_erp(stub).get_purchase_order("PO-2001")
    assert po.receipts_tracked and [(r.line_no, r.quantity) for r in po.receipts] == [(1, Decimal("10")),
                                                                                      (2, Decimal("10"))]
    assert po.department == "Operations" and [line.account for line in po.lines] == ["6200", "6200"]
    stub.all("purchaseOrder")[0]["item"]["items"][1]["quantityReceived"] = Decimal("4")
    assert make_erp(stub).get_purchase_order("PO-2001").received(2) == Decimal("4")


def test_the_iban_lives_in_the_configured_field(stub):
    erp = make_erp(stub)
    assert erp.get_vendor(stub.vendor_ids["V001"]).iban == "GB82WEST12345698765432"
    assert make_erp(stub, iban_field=None).get_vendor(stub.vendor_ids["V001"]).iban is None
    payload = {"name": "Umbrella Corp", "tax_id": "55-5555555", "iban": "gb33 bukb 2020 1555 5555 55",
               "currency": "USD", "default_account": "6400"}
    made = erp.create_vendor(payload, idempotency_key="k-vendor", created_by="U0CONTROL")
    assert erp.create_vendor(payload, idempotency_key="k-vendor", created_by="U0CONTROL").id == made.id
    assert made.iban == "GB33BUKB20201555555555" and made.default_account == "6400"
    assert [v["companyName"] for v in stub.all("vendor")].count("Umbrella Corp") == 1
    with pytest.raises(ERPError, match="COUNTERSIGN_NETSUITE_VENDOR_IBAN_FIELD"):
        make_erp(stub, iban_field=None).create_vendor({**payload, "name": "Other"}, idempotency_key="k-v2",
                                                      created_by=None)


def test_suiteql_values_are_quoted(stub):
    erp = make_erp(stub)
    assert erp.get_purchase_order("PO' OR tranid <> '") is None
    with pytest.raises(ERPError, match="control characters"):
        erp.get_purchase_order("PO-1\x00")
    with pytest.raises(ERPError, match="not a NetSuite internal id"):
        erp.post_bill(_draft("12 OR 1=1"), idempotency_key="k-inject")


# --------------------------------------------------------------------------- authentication


@pytest.fixture
def settings(stub, tmp_path, rsa_key):
    pem = tmp_path / "m2m.pem"
    pem.write_bytes(_pem(rsa_key))
    return Settings(data_dir=tmp_path, netsuite_account_id=stub.realm, netsuite_base_url=stub.url,
                    netsuite_ui_url=stub.url, netsuite_client_id="stub-client", netsuite_certificate_id=KID,
                    netsuite_private_key_file=pem, token_key=Fernet.generate_key().decode(), _env_file=None)


def test_m2m_assertion_is_ps256_with_the_certificate_id(settings, stub):
    import jwt

    assertion = client_assertion(settings, NOW.timestamp())
    header = jwt.get_unverified_header(assertion)
    claims = jwt.decode(assertion, stub.public_key, algorithms=["PS256"], audience=stub.url + TOKEN,
                        options={"verify_exp": False})
    assert header["alg"] == "PS256" and header["kid"] == KID
    assert claims["iss"] == "stub-client" and claims["scope"] == ["rest_webservices"]
    assert claims["exp"] - claims["iat"] <= 3600


def test_connect_m2m_mints_and_stores_a_token(settings, stub):
    tokens = connect_flow(settings, clock=lambda: NOW)
    assert tokens.realm_id == stub.realm and "stub-access" not in repr(tokens)
    store = token_store(settings)
    assert store.path.name == "netsuite-tokens.enc" and store.load().access_token == "stub-access-1"
    assert b"stub-access-1" not in store.path.read_bytes()
    erp = netsuite_erp_from_settings(settings, sleep=lambda _s: None)
    assert any(v.name == "Acme Tools Ltd" for v in erp.list_vendors())


def test_a_key_the_mapping_does_not_know_is_refused(settings, stub, tmp_path):
    other = tmp_path / "other.pem"
    other.write_bytes(_pem(rsa.generate_private_key(public_exponent=65537, key_size=2048)))
    with pytest.raises(NetSuiteAuthError, match="refused the client credentials"):
        connect_flow(settings.model_copy(update={"netsuite_private_key_file": other}))
    assert not token_store(settings).exists()


def test_connect_tba_runs_the_three_steps_and_signs_every_request(settings, stub):
    tba = settings.model_copy(update={"netsuite_auth": "tba", "netsuite_client_id": stub.consumer[0],
                                      "netsuite_client_secret": stub.consumer[1]})
    seen = {}

    def browser(url):  # the user approves in NetSuite: it redirects to the callback with a verifier
        seen["consent"] = url
        seen["redirect"] = requests.get(url, allow_redirects=False, timeout=5).headers["Location"]

    tokens = connect_flow(tba, open_browser=browser, read_redirect=lambda _url: seen["redirect"], clock=lambda: NOW)
    assert seen["consent"].startswith(stub.url + "/app/login/secure/authorizetoken.nl?oauth_token=req-")
    stored = token_store(tba).load()
    assert stored.access_token in stub.tba_tokens and stored.extra["token_secret"] == stub.tba_tokens[
        stored.access_token] and tokens.realm_id == stub.realm
    erp = netsuite_erp_from_settings(tba, sleep=lambda _s: None)
    bill = erp.post_bill(_draft(stub.vendor_ids["V001"]), idempotency_key="k-tba")
    assert bill.invoice_number == "INV-7001"
    assert all((r.header("Authorization") or "").startswith("OAuth ") for r in stub.api_requests("/services/rest/"))
    stub.tba_tokens.clear()  # revoked in NetSuite: no refresh for TBA, a clear error
    with pytest.raises(ERPError, match="connect netsuite"):
        netsuite_erp_from_settings(tba, sleep=lambda _s: None).list_accounts()
