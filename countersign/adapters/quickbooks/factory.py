"""Build the QuickBooks adapter from settings: the composition root (app/bootstrap.py) calls this.

No network happens here: the access token is read from the encrypted token file and is only
refreshed (one call to Intuit) when the first API request needs it.
"""

from __future__ import annotations

from countersign.adapters.quickbooks.client import PRODUCTION_URL, SANDBOX_URL, QBOClient
from countersign.adapters.quickbooks.erp import KeyResolver, QuickBooksERP
from countersign.adapters.quickbooks.oauth import QBOTokens
from countersign.ports import ERPError


def quickbooks_erp_from_settings(settings, *, key_resolver: KeyResolver | None = None, tokens: QBOTokens | None = None,
                                 **client_options) -> QuickBooksERP:
    """`key_resolver` (idempotency key -> vendor id and invoice number) is the composition root's,
    over its own proposals; without it `find_bill_by_key` scans recent bills."""
    tokens = tokens or QBOTokens.from_settings(settings)
    realm_id = settings.qbo_realm_id or tokens.realm_id  # reads the token file: a clear error if not connected
    if tokens.realm_id != str(realm_id):
        raise ERPError(f"the stored QuickBooks tokens are for company {tokens.realm_id}, "
                       f"but COUNTERSIGN_QBO_REALM_ID is {realm_id}; run `countersign connect quickbooks`")
    base_url = settings.qbo_base_url or (SANDBOX_URL if settings.qbo_environment == "sandbox" else PRODUCTION_URL)
    client = QBOClient(company_id=str(realm_id), tokens=tokens, base_url=base_url, **client_options)
    return QuickBooksERP(client, key_resolver=key_resolver)
