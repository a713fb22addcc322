"""Build the QuickBooks adapter from settings: `open_services(..., erp_factory=...)` calls this.

No network happens here: the access token is read from the encrypted token file and is only
refreshed (one call to Intuit) when the first API request needs it.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from countersign.tables import ProposalRow
from countersign.ports import ERPError
from countersign.adapters.quickbooks.client import PRODUCTION_URL, SANDBOX_URL, QBOClient
from countersign.adapters.quickbooks.erp import QuickBooksERP
from countersign.adapters.quickbooks.oauth import QBOTokens


def proposal_key_resolver(sessions: sessionmaker[Session]):
    """idempotency key → (vendor id, invoice number), from the bill proposal that carries the key."""

    def resolve(key: str) -> tuple[str, str] | None:
        with sessions() as s:
            row = s.scalar(select(ProposalRow).where(ProposalRow.idempotency_key == key))
        if row is None or row.kind != "post_bill":
            return None
        payload = row.payload or {}
        if not payload.get("vendor_id") or not payload.get("invoice_number"):
            return None
        return str(payload["vendor_id"]), str(payload["invoice_number"]).strip()

    return resolve


def quickbooks_erp_from_settings(settings, sessions: sessionmaker[Session] | None = None, *,
                                 tokens: QBOTokens | None = None, **client_options) -> QuickBooksERP:
    tokens = tokens or QBOTokens.from_settings(settings)
    realm_id = settings.qbo_realm_id or tokens.realm_id  # reads the token file: a clear error if not connected
    if tokens.realm_id != str(realm_id):
        raise ERPError(f"the stored QuickBooks tokens are for company {tokens.realm_id}, "
                       f"but COUNTERSIGN_QBO_REALM_ID is {realm_id}; run `countersign connect quickbooks`")
    base_url = settings.qbo_base_url or (SANDBOX_URL if settings.qbo_environment == "sandbox" else PRODUCTION_URL)
    client = QBOClient(company_id=str(realm_id), tokens=tokens, base_url=base_url, **client_options)
    return QuickBooksERP(client, key_resolver=proposal_key_resolver(sessions) if sessions is not None else None)
