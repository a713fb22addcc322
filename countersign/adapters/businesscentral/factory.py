"""Build the Business Central adapter from settings: the composition root (app/bootstrap.py) calls this.

No network happens here: the token is read from the encrypted token file and minted again through
msal (imported then, from the `businesscentral` extra) only when a request needs it.
"""

from __future__ import annotations

from countersign.adapters.businesscentral.auth import bc_tokens, require, token_store
from countersign.adapters.businesscentral.client import BCClient
from countersign.adapters.businesscentral.erp import BusinessCentralERP
from countersign.ports import ERPError


def bc_erp_from_settings(settings, *, key_resolver=None, tokens=None, **client_options) -> BusinessCentralERP:
    require(settings)
    if not settings.bc_company_id:
        raise ERPError("COUNTERSIGN_BC_COMPANY_ID must be set; `countersign connect businesscentral` lists them")
    stored = token_store(settings).load()  # a clear error if not connected
    if stored.realm_id != settings.bc_tenant_id:
        raise ERPError(f"the stored Business Central token is for tenant {stored.realm_id}, but "
                       f"COUNTERSIGN_BC_TENANT_ID is {settings.bc_tenant_id}; run "
                       "`countersign connect businesscentral`")
    client = BCClient(tenant_id=settings.bc_tenant_id, environment=settings.bc_environment,
                      company_id=settings.bc_company_id, tokens=tokens or bc_tokens(settings),
                      api_host=settings.bc_api_url, **client_options)
    return BusinessCentralERP(client, local_currency=settings.bc_local_currency,
                              bank_api=settings.bc_vendor_bank_api, key_resolver=key_resolver,
                              post_invoices=settings.bc_post_invoices)
