"""The ERPs `evals.stress --erp NAME` can post to through their real adapter and client, each against
its fault-injecting stub on 127.0.0.1 (one server in the stress process, shared by every worker and
Slack process over HTTP; tokens in the workspace's encrypted token file).

Each entry says how to start and seed its stub with faults on bill writes (500 before processing,
503 after the bill was written, no answer after it was written, 429), the settings that point the
adapter at it, how the worker processes build the adapter (short timeouts and backoffs, so a lost
answer costs seconds, not the minute a production client waits), and how to count the run's bills
(INV-ST…) in the system by idempotency key and by invoice number.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from importlib import resources
from pathlib import Path
from typing import Any, Callable

import yaml

CHAOS = {"500": 0.05, "500_after": 0.03, "timeout_after": 0.03, "429": 0.03}
# served first, once each, whatever the draws: a short run (20 bills) sees an outage and a lost answer for sure, as the
# embedded ledger's FaultPlan(ensure=...) does (at 14 % a write, 16 writes draw none about one run in ten)
ENSURE = ("500", "timeout_after")
CLIENT_OPTIONS = {"timeout": (5.0, 2.0), "backoff_base": 0.2, "backoff_cap": 2.0}


def _ledger() -> dict:
    return yaml.safe_load((resources.files("countersign") / "data" / "ledger.yaml").read_text())


def _save_tokens(settings_kw: dict, ws: Path, store_of: Callable[[Any], Any], realm: str) -> None:
    from countersign.adapters.tokens import TokenSet
    from countersign.app.settings import Settings

    now = datetime.now(timezone.utc)
    store_of(Settings(data_dir=ws, _env_file=None, **settings_kw)).save(TokenSet(
        realm_id=realm, access_token="stub-access-0", refresh_token="stub-refresh-0",
        access_expires_at=now + timedelta(hours=6), updated_at=now))


def _token_key() -> str:
    from cryptography.fernet import Fernet

    return Fernet.generate_key().decode()


@dataclass(frozen=True)
class StubbedERP:
    start: Callable[[int], Any]  # seed → a started, seeded stub with chaos on bill writes
    settings: Callable[[Any, Path], dict]  # (stub, workspace) → Settings fields; saves the tokens
    build: Callable[[Any, Any], Any]  # (settings, key resolver) → the adapter, with stress client options
    bills: Callable[[Any], tuple[Counter, Counter]]  # stub → the run's bills by key, by invoice number


# --------------------------------------------------------------------------- QuickBooks Online


def _qbo_start(seed: int):
    from tests.qbo_stub import QBOStub

    stub = QBOStub(chaos=dict(CHAOS), chaos_rng=random.Random(seed), chaos_ensure=ENSURE,
                   keep_requests=False).start()
    stub.seed_ledger(_ledger())
    return stub


def _qbo_settings(stub, ws: Path) -> dict:
    from countersign.adapters.quickbooks.oauth import token_store_from_settings

    kw = {"erp": "quickbooks", "qbo_client_id": "stress-client", "qbo_client_secret": "stress-secret",
          "qbo_discovery_url": stub.discovery_url, "qbo_base_url": stub.base_url, "qbo_realm_id": stub.realm,
          "token_key": _token_key()}
    _save_tokens(kw, ws, token_store_from_settings, stub.realm)
    return kw


def _qbo_build(settings, resolver):
    from countersign.adapters.quickbooks.factory import quickbooks_erp_from_settings

    return quickbooks_erp_from_settings(settings, key_resolver=resolver, **CLIENT_OPTIONS)


def _note_key(note: str | None) -> str | None:
    found = re.search(r"\bkey=(\S+)", note or "")
    return found.group(1) if found else None


def _qbo_bills(stub) -> tuple[Counter, Counter]:
    ours = [b for b in stub.all("Bill") if str(b.get("DocNumber", "")).startswith("INV-ST")]
    return Counter(_note_key(b.get("PrivateNote")) for b in ours), Counter(b["DocNumber"] for b in ours)


# --------------------------------------------------------------------------- Xero


def _xero_start(seed: int):
    from tests.xero_stub import XeroStub

    stub = XeroStub(chaos=dict(CHAOS), chaos_path="/Invoices", chaos_seed=seed, chaos_ensure=ENSURE,
                         keep_requests=False).start()
    stub.seed_ledger(_ledger())
    return stub


def _xero_settings(stub, ws: Path) -> dict:
    from countersign.adapters.xero.oauth import token_store

    kw = {"erp": "xero", "xero_client_id": "stress-client", "xero_client_secret": "stress-secret",
          "xero_api_url": stub.url, "xero_identity_url": stub.url, "xero_tenant_id": stub.tenant,
          "token_key": _token_key()}
    _save_tokens(kw, ws, token_store, stub.tenant)
    return kw


def _xero_build(settings, resolver):
    from countersign.adapters.xero.factory import xero_erp_from_settings

    # Xero allows 60 calls a minute per tenant; the stub does not count them, and a thousand invoices
    # at that pace would take hours: the stress lifts the per-minute budget (concurrency stays at 5).
    return xero_erp_from_settings(settings, key_resolver=resolver, per_minute=100_000, **CLIENT_OPTIONS)


def _xero_bills(stub) -> tuple[Counter, Counter]:
    from countersign.adapters.xero.mapping import marks_of

    ours = [b for b in stub.bills() if str(b.get("InvoiceNumber", "")).startswith("INV-ST")]
    return Counter(marks_of(b.get("Url")).get("key") for b in ours), Counter(b["InvoiceNumber"] for b in ours)


# --------------------------------------------------------------------------- NetSuite


def _netsuite_start(seed: int):
    from tests.netsuite_stub import NetSuiteStub

    stub = NetSuiteStub(chaos=dict(CHAOS), chaos_path="/vendorBill/eid:", chaos_seed=seed, chaos_ensure=ENSURE,
                         keep_requests=False).start()
    stub.seed_ledger(_ledger())
    return stub


def _netsuite_settings(stub, ws: Path) -> dict:
    from countersign.adapters.netsuite.auth import token_store

    kw = {"erp": "netsuite", "netsuite_account_id": stub.realm, "netsuite_base_url": stub.url,
          "netsuite_client_id": "stress-client", "netsuite_certificate_id": "stress-kid",
          "netsuite_vendor_iban_field": "custentity_iban", "token_key": _token_key()}
    _save_tokens(kw, ws, token_store, stub.realm)
    return kw


def _netsuite_build(settings, resolver):
    from countersign.adapters.netsuite.factory import netsuite_erp_from_settings

    return netsuite_erp_from_settings(settings, **CLIENT_OPTIONS)  # the external id is the key: no resolver


def _netsuite_bills(stub) -> tuple[Counter, Counter]:
    ours = [b for b in stub.all("vendorBill") if str(b.get("tranId", "")).startswith("INV-ST")]
    return Counter(b.get("externalId") for b in ours), Counter(b["tranId"] for b in ours)


# --------------------------------------------------------------------------- Business Central


def _bc_start(seed: int):
    from tests.bc_stub import BCStub

    stub = BCStub(chaos=dict(CHAOS), chaos_path="/purchaseInvoices", chaos_seed=seed, chaos_ensure=ENSURE,
                         keep_requests=False).start()
    stub.seed_ledger(_ledger())
    return stub


def _bc_settings(stub, ws: Path) -> dict:
    from countersign.adapters.businesscentral.auth import token_store
    from tests.bc_stub import BANK_API

    kw = {"erp": "businesscentral", "bc_tenant_id": stub.tenant, "bc_client_id": stub.client[0],
          "bc_client_secret": stub.client[1], "bc_company_id": stub.company, "bc_api_url": stub.api_url,
          "bc_login_url": stub.login_url, "bc_vendor_bank_api": BANK_API, "token_key": _token_key()}
    _save_tokens(kw, ws, token_store, stub.tenant)
    return kw


def _bc_build(settings, resolver):
    from countersign.adapters.businesscentral.factory import bc_erp_from_settings

    return bc_erp_from_settings(settings, key_resolver=resolver, **CLIENT_OPTIONS)


def _bc_bills(stub) -> tuple[Counter, Counter]:
    from countersign.adapters.businesscentral.mapping import marks

    ours = [b for b in stub.all("purchaseInvoices") if str(b.get("vendorInvoiceNumber", "")).startswith("INV-ST")]
    return (Counter(marks(b.get("purchaseInvoiceLines")).get("key") for b in ours),
            Counter(b["vendorInvoiceNumber"] for b in ours))


# --------------------------------------------------------------------------- Sage Intacct


def _intacct_start(seed: int):
    from tests.intacct_stub import IntacctStub

    stub = IntacctStub(chaos=dict(CHAOS), chaos_path="/create/APBILL", chaos_seed=seed, chaos_ensure=ENSURE,
                         keep_requests=False).start()
    stub.seed_ledger(_ledger())
    return stub


def _intacct_settings(stub, ws: Path) -> dict:
    from countersign.adapters.intacct.auth import token_store
    from tests.intacct_stub import SENDER, USER

    kw = {"erp": "intacct", "intacct_sender_id": SENDER[0], "intacct_sender_password": SENDER[1],
          "intacct_company_id": stub.company, "intacct_user_id": USER[0], "intacct_user_password": USER[1],
          "intacct_endpoint_url": stub.endpoint, "intacct_vendor_iban_field": "IBAN", "token_key": _token_key()}
    _save_tokens(kw, ws, token_store, stub.company)
    return kw


def _intacct_build(settings, resolver):
    from countersign.adapters.intacct.factory import intacct_erp_from_settings

    return intacct_erp_from_settings(settings, **CLIENT_OPTIONS)  # the key is searchable in the bill


def _intacct_bills(stub) -> tuple[Counter, Counter]:
    from countersign.adapters.intacct.mapping import marks

    ours = [b for b in stub.all("APBILL") if str(b.get("RECORDID", "")).startswith("INV-ST")]
    return Counter(marks(b.get("DESCRIPTION")).get("key") for b in ours), Counter(b["RECORDID"] for b in ours)


STUBBED: dict[str, StubbedERP] = {
    "quickbooks": StubbedERP(_qbo_start, _qbo_settings, _qbo_build, _qbo_bills),
    "xero": StubbedERP(_xero_start, _xero_settings, _xero_build, _xero_bills),
    "netsuite": StubbedERP(_netsuite_start, _netsuite_settings, _netsuite_build, _netsuite_bills),
    "businesscentral": StubbedERP(_bc_start, _bc_settings, _bc_build, _bc_bills),
    "intacct": StubbedERP(_intacct_start, _intacct_settings, _intacct_build, _intacct_bills),
}
