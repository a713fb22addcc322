"""Build the NetSuite adapter from settings: the composition root (app/bootstrap.py) calls this.

No network happens here: an M2M token is read from the encrypted token file and minted again
(one call) only when the first request needs it; TBA tokens are read and sign each request.
"""

from __future__ import annotations

from countersign.adapters.netsuite.auth import base_url, m2m_tokens, oauth1, token_store
from countersign.adapters.netsuite.client import NetSuiteClient
from countersign.adapters.netsuite.erp import NetSuiteERP
from countersign.ports import ERPError


def netsuite_erp_from_settings(settings, *, tokens=None, **client_options) -> NetSuiteERP:
    url = base_url(settings)
    stored = token_store(settings).load()  # a clear error if not connected
    if stored.realm_id != settings.netsuite_account_id:
        raise ERPError(f"the stored NetSuite tokens are for account {stored.realm_id}, but "
                       f"COUNTERSIGN_NETSUITE_ACCOUNT_ID is {settings.netsuite_account_id}; run "
                       "`countersign connect netsuite`")
    if settings.netsuite_auth == "m2m":
        client = NetSuiteClient(account_id=settings.netsuite_account_id, base_url=url,
                                tokens=tokens or m2m_tokens(settings), **client_options)
    else:
        client = NetSuiteClient(account_id=settings.netsuite_account_id, base_url=url, oauth1=oauth1(settings),
                                **client_options)
    return NetSuiteERP(client, iban_field=settings.netsuite_vendor_iban_field,
                       subsidiary=settings.netsuite_subsidiary_id, attach_restlet=settings.netsuite_attach_restlet,
                       file_folder=settings.netsuite_file_folder_id)
