"""Build the HubSpot adapter from settings: the composition root (app/bootstrap.py) calls this.

No network here: a private-app token is used as it is; OAuth tokens are read from the encrypted
token file on the first request, and refreshed (one call to HubSpot) only when they expire.
"""

from __future__ import annotations

from countersign.adapters.crm_tokens import StaticToken
from countersign.adapters.hubspot.client import HubSpotAPI
from countersign.adapters.hubspot.crm import HubSpotCRM
from countersign.adapters.hubspot.oauth import oauth_tokens
from countersign.ports import CRMError


def _list(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(",") if v.strip()]


def private_app_token(settings) -> str | None:
    token = settings.hubspot_access_token
    return token.get_secret_value() if token is not None and token.get_secret_value() else None


def hubspot_tokens(settings):
    if private_app_token(settings):
        return StaticToken(private_app_token(settings), system="HubSpot", setting="COUNTERSIGN_HUBSPOT_ACCESS_TOKEN")
    if settings.hubspot_client_id:
        return oauth_tokens(settings)
    raise CRMError("HubSpot is selected but no credentials are set: give COUNTERSIGN_HUBSPOT_ACCESS_TOKEN "
                   "(a private-app token), or COUNTERSIGN_HUBSPOT_CLIENT_ID + _CLIENT_SECRET and run "
                   "`countersign connect hubspot`")


def hubspot_crm_from_settings(settings, *, tokens=None, **api_options) -> HubSpotCRM:
    api = HubSpotAPI(tokens or hubspot_tokens(settings), **api_options)
    return HubSpotCRM(api, pipelines=_list(settings.hubspot_pipelines),
                      closed_won_stages=_list(settings.hubspot_closed_won_stages), currency=settings.hubspot_currency)
