"""Build the Dynamics 365 Sales adapter from settings: the composition root (app/bootstrap.py) calls this.

No network here: msal is built, and the token fetched, on the first request.
"""

from __future__ import annotations

from countersign.adapters.dynamics.client import DataverseAPI, EntraTokens
from countersign.adapters.dynamics.crm import Dynamics365CRM
from countersign.ports import CRMError


def dynamics_crm_from_settings(settings, *, http=None, **options) -> Dynamics365CRM:
    secret = settings.dynamics_client_secret.get_secret_value() if settings.dynamics_client_secret else ""
    missing = [name for name, value in (("COUNTERSIGN_DYNAMICS_URL", settings.dynamics_url),
                                        ("COUNTERSIGN_DYNAMICS_TENANT_ID", settings.dynamics_tenant_id),
                                        ("COUNTERSIGN_DYNAMICS_CLIENT_ID", settings.dynamics_client_id),
                                        ("COUNTERSIGN_DYNAMICS_CLIENT_SECRET", secret)) if not value]
    if missing:
        raise CRMError("Dynamics 365 Sales is selected but not configured: set " + ", ".join(missing)
                       + " (an Entra app registered as an application user of the environment)")
    tokens = EntraTokens(tenant_id=settings.dynamics_tenant_id, client_id=settings.dynamics_client_id,
                         client_secret=secret, resource=settings.dynamics_url,
                         authority_host=settings.dynamics_authority_host, http=http)
    api = DataverseAPI(settings.dynamics_url, tokens, api_version=settings.dynamics_api_version, http=http, **options)
    return Dynamics365CRM(api, price_list=settings.dynamics_price_list or None, currency=settings.dynamics_currency)
