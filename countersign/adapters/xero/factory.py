"""Build the Xero adapter from settings: the composition root (app/bootstrap.py) calls this.

No network happens here: the tokens are read from the encrypted token file and refreshed (one
call to Xero's identity service) only when the first API request needs it.
"""

from __future__ import annotations

from countersign.adapters.tokens import StoredTokens
from countersign.adapters.xero.client import API_BASE, XeroClient
from countersign.adapters.xero.erp import LINK_BASE, KeyResolver, XeroERP
from countersign.adapters.xero.oauth import xero_tokens
from countersign.ports import ERPError


def xero_erp_from_settings(settings, *, key_resolver: KeyResolver | None = None, tokens: StoredTokens | None = None,
                           **client_options) -> XeroERP:
    tokens = tokens or xero_tokens(settings)
    tenant_id = settings.xero_tenant_id or tokens.realm_id  # reads the token file: a clear error if not connected
    if tokens.realm_id != str(tenant_id):
        raise ERPError(f"the stored Xero tokens are for organisation {tokens.realm_id}, "
                       f"but COUNTERSIGN_XERO_TENANT_ID is {tenant_id}; run `countersign connect xero`")
    client = XeroClient(tenant_id=str(tenant_id), tokens=tokens, api_base=settings.xero_api_url or API_BASE,
                        **client_options)
    return XeroERP(client, key_resolver=key_resolver, bill_status=settings.xero_bill_status,
                   link_base=settings.xero_link_base or LINK_BASE)
