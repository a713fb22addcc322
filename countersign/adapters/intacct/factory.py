"""Build the Sage Intacct adapter from settings: the composition root (app/bootstrap.py) calls this.
No network here: the stored session is used until Intacct says it ended, then a new one is taken."""

from __future__ import annotations

from countersign.adapters.intacct.auth import endpoint, require, sessions, token_store
from countersign.adapters.intacct.client import IntacctClient
from countersign.adapters.intacct.erp import IntacctERP
from countersign.adapters.tokens import secret
from countersign.ports import ERPError


def intacct_erp_from_settings(settings, *, session=None, **client_options) -> IntacctERP:
    require(settings)
    stored = token_store(settings).load()  # a clear error if not connected
    if stored.realm_id != settings.intacct_company_id:
        raise ERPError(f"the stored Sage Intacct session is for company {stored.realm_id}, but "
                       f"COUNTERSIGN_INTACCT_COMPANY_ID is {settings.intacct_company_id}; "
                       "run `countersign connect intacct`")
    client = IntacctClient(sender_id=settings.intacct_sender_id,
                           sender_password=secret(settings.intacct_sender_password),
                           session=session or sessions(settings), endpoint=endpoint(settings), **client_options)
    return IntacctERP(client, base_currency=settings.intacct_base_currency,
                      iban_field=settings.intacct_vendor_iban_field, supdoc_folder=settings.intacct_attachments_folder,
                      tax_account=settings.intacct_tax_account, revenue_account=settings.intacct_revenue_account)
