"""Sage Intacct specifics against the gateway stub: the `<create><APBILL>` a draft becomes (exact
decimal text, US dates, the key in DESCRIPTION, a key-derived control id with uniqueid=true, the PDF
as a supporting document referenced once), finding a bill by its key from a fresh process, PO
receipts for a three-way match, query quoting, readMore paging, and the login (`connect intacct`)."""

from __future__ import annotations

import base64
from decimal import Decimal

import pytest
from cryptography.fernet import Fernet

from countersign.adapters.intacct.auth import IntacctAuthError, connect_flow, token_store
from countersign.adapters.intacct.client import IntacctClient, control_id
from countersign.adapters.intacct.erp import IntacctERP
from countersign.adapters.intacct.factory import intacct_erp_from_settings
from countersign.app.settings import Settings
from countersign.domain import BillLine
from countersign.ports import ERPError
from tests.intacct_stub import LOGIN, SENDER, USER, IntacctStub
from tests.test_erp_contract import LEDGER, StaticTokens, _draft

KEY = "0123456789abcdef0123456789abcdef"


@pytest.fixture
def stub():
    s = IntacctStub().start()
    s.seed_ledger(LEDGER)
    yield s
    s.stop()


def make_erp(stub, **kw) -> IntacctERP:
    client = IntacctClient(sender_id=SENDER[0], sender_password=SENDER[1], session=StaticTokens(),
                           endpoint=stub.endpoint, sleep=lambda _s: None)
    return IntacctERP(client, **{"iban_field": "IBAN", "supdoc_folder": "countersign", **kw})


def test_bill_shape_control_id_and_supporting_document(stub):
    draft = _draft("V001").model_copy(update={
        "erp_department": "OPS", "lines": [*_draft("x").lines,
                                           BillLine(description="Freight", amount=Decimal("15.00"), account="6100")],
        "total": Decimal("1550.00")})
    bill = make_erp(stub).post_bill(draft, idempotency_key=KEY, attachment=b"%PDF-1.4 inv")
    [write] = stub.api_requests("/create/APBILL", "POST")
    text = write.text
    assert "<TRX_AMOUNT>1290.00</TRX_AMOUNT>" in text and "<WHENCREATED>11/14/2026</WHENCREATED>" in text
    assert f"<controlid>{control_id(KEY, 'bill')}</controlid><uniqueid>true</uniqueid>" in text
    assert f"<DESCRIPTION>countersign key={KEY} sha256={'a' * 64} po=PO-2001</DESCRIPTION>" in text
    assert "<DEPARTMENTID>OPS</DEPARTMENTID>" in text and "<ACCOUNTNO>6100</ACCOUNTNO>" in text
    [raw] = [b for b in stub.all("APBILL") if b["RECORDID"] == "INV-7001"]
    [(supdoc, doc)] = stub.supdocs.items()
    assert raw["SUPDOCID"] == supdoc and base64.b64decode(doc["data"]) == b"%PDF-1.4 inv"
    assert bill.total == Decimal("1550.00") and bill.idempotency_key == KEY and bill.po_number == "PO-2001"
    assert bill.content_sha256 == "a" * 64 and bill.vendor_id == "V001"
    again = make_erp(stub).post_bill(draft, idempotency_key=KEY, attachment=b"%PDF-1.4 inv")
    assert again.id == bill.id and len(stub.api_requests("/create/APBILL", "POST")) == 1
    assert len(stub.api_requests("/create_supdoc", "POST")) == 1
    assert make_erp(stub).find_bill_by_key(KEY).id == bill.id  # a fresh process: by the key, one query


def test_tax_goes_on_a_line_of_its_own(stub):
    draft = _draft("V001", tax=Decimal("122.80"), total=Decimal("1657.80"))
    bill = make_erp(stub).post_bill(draft, idempotency_key="k-tax")
    assert bill.total == Decimal("1657.80") and bill.invoice_number == "INV-7001"
    assert ("<ACCOUNTNO>6200</ACCOUNTNO><TRX_AMOUNT>122.80</TRX_AMOUNT><ENTRYDESCRIPTION>Tax on invoice INV-7001"
            in stub.api_requests("/create/APBILL", "POST")[0].text)  # no tax account set: the first line's


def test_amounts_with_more_than_cents_are_refused_before_sending(stub):
    draft = _draft("V001", po_number=None, total=Decimal("1535.005"),
                   lines=[BillLine(description="x", amount=Decimal("1535.005"), account="6200")])
    with pytest.raises(ERPError, match="more than 2 decimals"):
        make_erp(stub).post_bill(draft, idempotency_key="k-cents")
    assert stub.api_requests("/create/APBILL", "POST") == []


def test_po_receipts_and_the_iban_field(stub):
    erp = make_erp(stub)
    po = erp.get_purchase_order("PO-2001")
    assert po.receipts_tracked and [(r.line_no, r.quantity) for r in po.receipts] == [(1, Decimal("10")),
                                                                                      (2, Decimal("10"))]
    stub.objects["PODOCUMENTENTRY"][1]["QTY_CONVERTED"] = "4"
    assert erp.get_purchase_order("PO-2001").received(2) == Decimal("4")
    assert erp.get_vendor("V001").iban == "GB82WEST12345698765432"
    assert make_erp(stub, iban_field=None).get_vendor("V001").iban is None


def test_create_vendor_once_with_its_iban(stub):
    payload = {"name": "Umbrella Corp", "tax_id": "55-5555555", "iban": "gb33 bukb 2020 1555 5555 55",
               "currency": "USD"}
    made = make_erp(stub).create_vendor(payload, idempotency_key="k-vendor", created_by="U0CONTROL")
    assert make_erp(stub).create_vendor(payload, idempotency_key="k-vendor", created_by=None).id == made.id
    assert made.iban == "GB33BUKB20201555555555" and made.name == "Umbrella Corp"
    assert [v["NAME"] for v in stub.all("VENDOR")].count("Umbrella Corp") == 1
    with pytest.raises(ERPError, match="COUNTERSIGN_INTACCT_VENDOR_IBAN_FIELD"):
        make_erp(stub, iban_field=None).create_vendor({**payload, "name": "Other"}, idempotency_key="k2",
                                                      created_by=None)


def test_query_values_are_quoted(stub):
    erp = make_erp(stub)
    assert erp.get_purchase_order("PO' OR DOCNO = 'PO-2001") is None
    assert erp.get_vendor("V001' OR VENDORID = 'V002") is None
    with pytest.raises(ERPError, match="control characters"):
        erp.get_purchase_order("PO-1\x00")


def test_read_more_pages(stub):
    for n in range(1100):
        stub.objects["GLACCOUNT"].append({"RECORDNO": str(n), "ACCOUNTNO": f"9{n:04d}", "TITLE": f"Extra {n}",
                                          "STATUS": "active"})
    assert len(make_erp(stub).list_accounts()) == len(LEDGER["gl_accounts"]) + 1100
    assert len(stub.api_requests("/readMore", "POST")) == 1


# --------------------------------------------------------------------------- login


@pytest.fixture
def settings(stub, tmp_path):
    return Settings(data_dir=tmp_path, intacct_sender_id=SENDER[0], intacct_sender_password=SENDER[1],
                    intacct_company_id=stub.company, intacct_user_id=USER[0], intacct_user_password=USER[1],
                    intacct_endpoint_url=stub.endpoint, intacct_vendor_iban_field="IBAN",
                    token_key=Fernet.generate_key().decode(), _env_file=None)


def test_connect_logs_in_and_stores_the_session(settings, stub):
    tokens = connect_flow(settings)
    assert tokens.realm_id == stub.company and "stub-access" not in repr(tokens)
    store = token_store(settings)
    assert store.path.name == "intacct-tokens.enc" and store.load().access_token == "stub-access-1"
    raw = store.path.read_bytes()
    assert b"stub-access-1" not in raw and USER[1].encode() not in raw
    assert [r.path for r in stub.requests] == [LOGIN]
    erp = intacct_erp_from_settings(settings, sleep=lambda _s: None)
    assert any(v.name == "Acme Tools Ltd" for v in erp.list_vendors())


@pytest.mark.parametrize("change,words", [({"intacct_user_password": "wrong"}, "refused the company user"),
                                          ({"intacct_sender_password": "wrong"}, "refused the Web Services sender")])
def test_wrong_credentials_are_clear_errors(settings, stub, change, words):
    with pytest.raises(IntacctAuthError, match=words):
        connect_flow(settings.model_copy(update=change))
    assert not token_store(settings).exists()
