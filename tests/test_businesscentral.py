"""Business Central specifics against its stub: the purchase invoice a draft becomes (one deep insert,
lines on the PO's lines, the key, hash and PO number as comment lines on the document, exact
decimals on the wire), the PDF as a document attachment (once), received quantities for a three-way
match, IBANs from the published vendorBankAccounts page, OData quoting, and the connect flow
through msal against the stub's Entra ID endpoints."""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal

import pytest
from cryptography.fernet import Fernet

from countersign.adapters.businesscentral.auth import BCAuthError, connect_flow, token_store
from countersign.adapters.businesscentral.client import BCClient
from countersign.adapters.businesscentral.erp import BusinessCentralERP
from countersign.adapters.businesscentral.factory import bc_erp_from_settings
from countersign.app.settings import Settings
from countersign.domain import BillLine
from countersign.ports import ERPError
from tests.bc_stub import BANK_API, TOKEN, BCStub
from tests.test_erp_contract import LEDGER, StaticTokens, _draft

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)
KEY = "0123456789abcdef0123456789abcdef"


@pytest.fixture
def stub():
    s = BCStub().start()
    s.vendor_ids = s.seed_ledger(LEDGER)
    yield s
    s.stop()


def make_erp(stub, **kw) -> BusinessCentralERP:
    client = BCClient(tenant_id=stub.tenant, environment=stub.environment, company_id=stub.company,
                      tokens=StaticTokens(), api_host=stub.api_url, sleep=lambda _s: None, timeout=(5.0, 0.5))
    return BusinessCentralERP(client, **{"bank_api": BANK_API, **kw})


def test_bill_is_one_deep_insert_with_the_key_on_the_document(stub):
    erp = make_erp(stub)
    draft = _draft(stub.vendor_ids["V001"]).model_copy(update={
        "erp_department": "OPS",
        "lines": [*_draft("x").lines, BillLine(description="Freight", amount=Decimal("15.00"), account="6100")],
        "total": Decimal("1550.00")})
    bill = erp.post_bill(draft, idempotency_key=KEY, attachment=b"%PDF-1.4 inv")
    [post] = stub.api_requests("/purchaseInvoices", "POST")
    assert '"directUnitCost": 129.00' in post.text and '"quantity": 10' in post.text  # exact, not floats
    body = post.json()
    assert body["vendorInvoiceNumber"] == "INV-7001" and body["currencyCode"] == ""
    assert body["shortcutDimension1Code"] == "OPS"
    assert [(li["lineType"], li.get("lineObjectNumber"), li["description"]) for li in body["purchaseInvoiceLines"]] == [
        ("Account", "6200", "Cordless drill 18V"), ("Account", "6200", "Drill bit set"), ("Account", "6100", "Freight"),
        ("Comment", None, f"countersign key={KEY}"), ("Comment", None, "countersign sha256=" + "a" * 64),
        ("Comment", None, "countersign po=PO-2001")]
    assert bill.total == Decimal("1550.00") and bill.idempotency_key == KEY and bill.po_number == "PO-2001"
    assert bill.content_sha256 == "a" * 64 and bill.invoice_number == "INV-7001"
    [attachment] = stub.all("documentAttachments")
    assert attachment["parentId"] == bill.id and attachment["parentType"] == "Purchase Invoice"
    assert stub.contents[attachment["id"]] == b"%PDF-1.4 inv"
    assert make_erp(stub).post_bill(draft, idempotency_key=KEY, attachment=b"%PDF-1.4 inv").id == bill.id
    assert len(stub.all("documentAttachments")) == 1 and len(stub.api_requests("/purchaseInvoices", "POST")) == 1


def test_posting_the_invoice_once_when_asked(stub):
    erp = make_erp(stub, post_invoices=True)
    bill = erp.post_bill(_draft(stub.vendor_ids["V001"]), idempotency_key=KEY)
    [raw] = [b for b in stub.all("purchaseInvoices") if b["id"] == bill.id]
    assert raw["status"] == "Open" and len(stub.api_requests("Microsoft.NAV.post", "POST")) == 1
    assert make_erp(stub, post_invoices=True).post_bill(_draft(stub.vendor_ids["V001"]), idempotency_key=KEY).id \
        == bill.id
    assert len(stub.api_requests("Microsoft.NAV.post", "POST")) == 1  # posted already: not again
    stub.fail("timeout_after", path="Microsoft.NAV.post", method="POST")
    other = make_erp(stub, post_invoices=True).post_bill(_draft(stub.vendor_ids["V001"], "INV-7009"),
                                                         idempotency_key="k-post-lost")
    assert [b["status"] for b in stub.all("purchaseInvoices") if b["id"] == other.id] == ["Open"]


def test_a_long_key_is_hashed_to_fit_the_comment_line(stub):
    key = "k" * 120
    bill = make_erp(stub).post_bill(_draft(stub.vendor_ids["V001"]), idempotency_key=key)
    assert bill.idempotency_key.startswith("cs-") and make_erp(stub).find_bill_by_key(key).id == bill.id


def test_amounts_with_more_than_cents_are_refused_before_sending(stub):
    draft = _draft(stub.vendor_ids["V001"], po_number=None, total=Decimal("1535.005"),
                   lines=[BillLine(description="x", amount=Decimal("1535.005"), account="6200")])
    with pytest.raises(ERPError, match="more than 2 decimals"):
        make_erp(stub).post_bill(draft, idempotency_key="k-cents")
    assert stub.api_requests("/purchaseInvoices", "POST") == []


def test_lines_that_do_not_add_up_are_refused(stub):
    with pytest.raises(ERPError, match="add up to 1535.00"):
        make_erp(stub).post_bill(_draft(stub.vendor_ids["V001"], total=Decimal("1600.00")), idempotency_key="k-sum")


def test_received_quantities_make_a_three_way_match(stub):
    po = make_erp(stub).get_purchase_order("PO-2001")
    assert po.receipts_tracked and [(r.line_no, r.quantity) for r in po.receipts] == [(1, Decimal("10")),
                                                                                      (2, Decimal("10"))]
    assert po.department == "Operations"
    stub.all("purchaseOrders")[0]["purchaseOrderLines"][1]["receivedQuantity"] = Decimal("4")
    assert make_erp(stub).get_purchase_order("PO-2001").received(2) == Decimal("4")


def test_ibans_come_from_the_published_bank_page(stub):
    acme = stub.vendor_ids["V001"]
    assert make_erp(stub).get_vendor(acme).iban == "GB82WEST12345698765432"
    assert make_erp(stub, bank_api=None).get_vendor(acme).iban is None
    by_iban = make_erp(stub).vendor_lookup().by_iban("GB82WEST12345698765432")
    assert [v.id for v in by_iban] == [acme]
    payload = {"name": "Umbrella Corp", "tax_id": "55-5555555", "iban": "gb33 bukb 2020 1555 5555 55",
               "currency": "USD"}
    made = make_erp(stub).create_vendor(payload, idempotency_key="k-vendor", created_by="U0CONTROL")
    assert make_erp(stub).create_vendor(payload, idempotency_key="k-vendor", created_by=None).id == made.id
    assert made.iban == "GB33BUKB20201555555555"
    assert [v["displayName"] for v in stub.all("vendors")].count("Umbrella Corp") == 1
    with pytest.raises(ERPError, match="COUNTERSIGN_BC_VENDOR_BANK_API"):
        make_erp(stub, bank_api=None).create_vendor({**payload, "name": "Other"}, idempotency_key="k2", created_by=None)


def test_odata_values_are_quoted(stub):
    erp = make_erp(stub)
    assert erp.get_purchase_order("PO' or number ne '") is None
    with pytest.raises(ERPError, match="control characters"):
        erp.get_purchase_order("PO-1\x00")
    with pytest.raises(ERPError, match="not a Business Central vendor id"):
        erp.post_bill(_draft("x' or 1 eq 1"), idempotency_key="k-inject")


def test_paging_follows_the_next_link(stub):
    for n in range(45):
        stub.add("accounts", {"number": f"9{n:03d}", "displayName": f"Extra {n}", "blocked": False})
    assert len(make_erp(stub).list_accounts()) == len(LEDGER["gl_accounts"]) + 45


# --------------------------------------------------------------------------- connect (msal)


@pytest.fixture
def settings(stub, tmp_path):
    return Settings(data_dir=tmp_path, bc_tenant_id=stub.tenant, bc_client_id=stub.client[0],
                    bc_client_secret=stub.client[1], bc_company_id=stub.company, bc_api_url=stub.api_url,
                    bc_login_url=stub.login_url, bc_vendor_bank_api=BANK_API,
                    token_key=Fernet.generate_key().decode(), _env_file=None)


def test_connect_mints_through_msal_checks_the_company_and_stores(settings, stub):
    tokens = connect_flow(settings, clock=lambda: NOW)
    assert tokens.realm_id == stub.tenant and "stub-access" not in repr(tokens)
    assert [r.path for r in stub.requests if r.path == TOKEN] == [TOKEN]
    store = token_store(settings)
    assert store.path.name == "businesscentral-tokens.enc" and store.load().access_token == "stub-access-1"
    assert b"stub-access-1" not in store.path.read_bytes()
    assert b"stub-client-secret" not in store.path.read_bytes()
    erp = bc_erp_from_settings(settings, sleep=lambda _s: None)
    assert any(v.name == "Acme Tools Ltd" for v in erp.list_vendors())


def test_connect_without_a_company_lists_them(settings, stub):
    with pytest.raises(BCAuthError, match=f"COUNTERSIGN_BC_COMPANY_ID to one of .*{stub.company} \\(CRONUS"):
        connect_flow(settings.model_copy(update={"bc_company_id": None}))
    assert not token_store(settings).exists()


def test_a_wrong_secret_is_a_clear_error(settings, stub):
    with pytest.raises(BCAuthError, match="refused the client credentials \\(invalid_client\\)"):
        connect_flow(settings.model_copy(update={"bc_client_secret": "wrong"}))
    assert not token_store(settings).exists()
