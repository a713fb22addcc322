"""Write the vcrpy cassettes of tests/test_erp_vcr.py: `python -m tests.record_cassettes`.

Each scenario runs the real adapter and client against its local stub (tests/bc_stub.py,
tests/intacct_stub.py, tests/netsuite_stub.py, whose bodies follow the documented shapes), records the exchange, and
rewrites the stub's address to the system's real host, so the replay runs the client exactly as in
production (default hosts, network blocked). Authorization headers, Intacct's passwords and
session ids are written as FILTERED. Nothing here touches the internet.
"""

from __future__ import annotations

import re
from pathlib import Path

import vcr

from tests.test_erp_contract import LEDGER, StaticTokens, _draft

CASSETTES = Path(__file__).parent / "cassettes"
BC_HOST = "https://api.businesscentral.dynamics.com"
INTACCT_HOST = "https://api.intacct.com"


def _recorder(directory: str, stub_url: str, real: str) -> vcr.VCR:
    def request(r):
        r.uri = r.uri.replace(stub_url, real)
        if r.body:
            body = r.body.decode() if isinstance(r.body, bytes) else r.body
            body = re.sub(r"<(password|sessionid)>[^<]*</\1>", r"<\1>FILTERED</\1>", body)
            r.body = body.encode()
        return r

    def response(answer):
        body = answer["body"]["string"]
        text = body.decode() if isinstance(body, bytes) else body
        text = text.replace(stub_url, real)
        text = re.sub(r"<sessionid>[^<]*</sessionid>", "<sessionid>FILTERED</sessionid>", text)
        answer["body"]["string"] = text.encode()
        answer["headers"].pop("Date", None)
        answer["headers"].pop("Server", None)
        for name in list(answer["headers"]):
            answer["headers"][name] = [v.replace(stub_url, real) for v in answer["headers"][name]]
        answer["headers"]["Content-Length"] = [str(len(answer["body"]["string"]))]
        return answer

    return vcr.VCR(cassette_library_dir=str(CASSETTES / directory), record_mode="all",
                   filter_headers=[("authorization", "FILTERED"), ("user-agent", None)],
                   before_record_request=request, before_record_response=response)


def business_central() -> None:
    from countersign.adapters.businesscentral.client import BCClient
    from countersign.adapters.businesscentral.erp import BusinessCentralERP
    from tests.bc_stub import BANK_API, BCStub

    stub = BCStub().start()
    vendors = stub.seed_ledger(LEDGER)
    recorder = _recorder("businesscentral", stub.url, BC_HOST)

    def erp():
        return BusinessCentralERP(BCClient(tenant_id=stub.tenant, environment=stub.environment,
                                           company_id=stub.company, tokens=StaticTokens(), api_host=stub.url,
                                           sleep=lambda _s: None), bank_api=BANK_API)

    with recorder.use_cassette("list_vendors.yaml"):
        erp().list_vendors()
    with recorder.use_cassette("post_bill.yaml"):
        erp().post_bill(_draft(vendors["V001"]), idempotency_key="0123456789abcdef0123456789abcdef",
                        attachment=b"%PDF-1.4 inv")
    stub.fail("validation", path="/purchaseInvoices", method="POST",
              message="The field No. of table Purchase Line contains a value (6200) that cannot be found in the "
                      "related table (G/L Account).")
    with recorder.use_cassette("validation_fault.yaml"):
        try:
            erp().post_bill(_draft(vendors["V001"], "INV-7002"), idempotency_key="fedcba9876543210fedcba9876543210")
        except Exception:  # noqa: BLE001 - the fault is the point
            pass
    stub.retry_after = "2"
    stub.fail("429", path="/accounts", method="GET")
    with recorder.use_cassette("throttled_then_ok.yaml"):
        erp().list_accounts()
    stub.stop()
    print("vendor ids:", vendors)


def intacct() -> None:
    from countersign.adapters.intacct.client import IntacctClient
    from countersign.adapters.intacct.erp import IntacctERP
    from tests.intacct_stub import GATEWAY, SENDER, IntacctStub

    stub = IntacctStub().start()
    stub.seed_ledger(LEDGER)
    recorder = _recorder("intacct", stub.url, INTACCT_HOST)

    def erp():
        return IntacctERP(IntacctClient(sender_id=SENDER[0], sender_password=SENDER[1], session=StaticTokens(),
                                        endpoint=stub.url + GATEWAY, sleep=lambda _s: None),
                          iban_field="IBAN", supdoc_folder="countersign")

    with recorder.use_cassette("list_vendors.yaml"):
        erp().list_vendors()
    with recorder.use_cassette("post_bill.yaml"):
        erp().post_bill(_draft("V001"), idempotency_key="0123456789abcdef0123456789abcdef",
                        attachment=b"%PDF-1.4 inv")
    stub.fail("validation", path="/create/APBILL", method="POST", message="Invalid GL Account 6200.")
    with recorder.use_cassette("validation_fault.yaml"):
        try:
            erp().post_bill(_draft("V001", "INV-7002"), idempotency_key="fedcba9876543210fedcba9876543210")
        except Exception:  # noqa: BLE001 - the fault is the point
            pass
    stub.retry_after = "2"
    stub.fail("429", path="/readByQuery/GLACCOUNT", method="POST")
    with recorder.use_cassette("throttled_then_ok.yaml"):
        erp().list_accounts()
    stub.stop()


def netsuite() -> None:
    from countersign.adapters.netsuite.client import NetSuiteClient, host_of
    from countersign.adapters.netsuite.erp import NetSuiteERP
    from tests.netsuite_stub import NetSuiteStub

    stub = NetSuiteStub().start()
    vendors = stub.seed_ledger(LEDGER)
    recorder = _recorder("netsuite", stub.url, host_of(stub.realm))

    def erp():
        return NetSuiteERP(NetSuiteClient(account_id=stub.realm, base_url=stub.url, tokens=StaticTokens(),
                                          sleep=lambda _s: None), iban_field="custentity_iban")

    with recorder.use_cassette("list_vendors.yaml"):
        erp().list_vendors()
    with recorder.use_cassette("post_bill.yaml"):
        erp().post_bill(_draft(vendors["V001"]), idempotency_key="0123456789abcdef0123456789abcdef")
    stub.fail("validation", path="/vendorBill/eid:", method="PUT",
              message="Invalid Field Value 6200 for the following field: account")
    with recorder.use_cassette("validation_fault.yaml"):
        try:
            erp().post_bill(_draft(vendors["V001"], "INV-7002"), idempotency_key="fedcba9876543210fedcba9876543210")
        except Exception:  # noqa: BLE001 - the fault is the point
            pass
    stub.retry_after = "2"
    stub.fail("429", path="/suiteql", method="POST")
    with recorder.use_cassette("throttled_then_ok.yaml"):
        erp().list_accounts()
    stub.stop()
    print("netsuite vendor ids:", vendors)


if __name__ == "__main__":
    business_central()
    intacct()
    netsuite()
